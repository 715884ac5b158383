using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Retention;

/// <summary>
/// Defection detection: a customer is at risk when silent for longer than <see cref="SilenceMultiplier"/> times their
/// own expected inter-purchase time (the mean gap between their purchases), or when P(alive) is under
/// <see cref="PAliveThreshold"/>.
/// </summary>
/// <remarks>P(alive) is taken as an input (from BG/NBD, Pareto/NBD or any model). Customers with fewer than
/// <see cref="MinimumPurchases"/> purchases have no rhythm of their own and use <see cref="FallbackGap"/>, or are
/// not judged on silence when it is null. Immutable and thread-safe.</remarks>
public sealed class DefectionPolicy
{
    private DefectionPolicy(double silenceMultiplier, Probability pAliveThreshold, int minimumPurchases, Duration? fallbackGap)
    {
        SilenceMultiplier = silenceMultiplier;
        PAliveThreshold = pAliveThreshold;
        MinimumPurchases = minimumPurchases;
        FallbackGap = fallbackGap;
    }

    /// <summary>How many expected gaps of silence raise the alarm (&gt; 0; 2 = twice the usual gap).</summary>
    public double SilenceMultiplier { get; }

    /// <summary>P(alive) strictly under this raises the alarm.</summary>
    public Probability PAliveThreshold { get; }

    /// <summary>Purchases needed for a rhythm of one's own (&gt;= 2).</summary>
    public int MinimumPurchases { get; }

    /// <summary>The expected gap for customers without a rhythm of their own; null to skip the silence test for them.</summary>
    public Duration? FallbackGap { get; }

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A multiplier that is not a finite positive number, fewer than 2
    /// minimum purchases, or a fallback gap that is not positive.</exception>
    public static DefectionPolicy Create(double silenceMultiplier, Probability pAliveThreshold, int minimumPurchases = 3, Duration? fallbackGap = null)
    {
        Guard.Against.NotStrictlyPositive(silenceMultiplier);
        Guard.Against.OutsideRange(minimumPurchases, 2, int.MaxValue);
        if (fallbackGap is { } g)
        {
            Guard.Against.NotPositiveDuration(g, nameof(fallbackGap));
        }

        return new DefectionPolicy(silenceMultiplier, pAliveThreshold, minimumPurchases, fallbackGap);
    }

    /// <summary>Assesses one customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="purchases">Their purchase instants (any order; those after <paramref name="asOf"/> are ignored).</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <param name="pAlive">P(alive) from a model, if available.</param>
    /// <param name="suspectedDrivers">Drivers suspected from recent signals, passed through to the risk (for strategy suggestions).</param>
    public DefectionRisk Assess(CustomerId customer, IEnumerable<Instant> purchases, Instant asOf, Probability? pAlive = null, IEnumerable<ChurnDriver>? suspectedDrivers = null)
    {
        Guard.Against.Null(purchases);
        var past = purchases.Where(p => p <= asOf).Order().ToArray();
        Duration? silence = past.Length == 0 ? null : asOf - past[^1];
        Duration? expected = past.Length >= MinimumPurchases
            ? (past[^1] - past[0]) / (past.Length - 1)
            : FallbackGap;
        var signals = DefectionSignals.None;
        if (silence is { } s && expected is { } e && e > Duration.Zero && s.TotalNanoseconds > SilenceMultiplier * e.TotalNanoseconds)
        {
            signals |= DefectionSignals.Silent;
        }

        if (pAlive is { } p && p < PAliveThreshold)
        {
            signals |= DefectionSignals.LowPAlive;
        }

        return new DefectionRisk(customer, asOf, signals, silence, expected, pAlive, [.. (suspectedDrivers ?? []).Distinct()]);
    }
}
