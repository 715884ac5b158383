using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Metrics.Scorecards;

/// <summary>
/// A KPI's target and at-risk threshold, with the direction in which the KPI improves: what decides
/// <see cref="KpiStatus.Met"/>, <see cref="KpiStatus.AtRisk"/> and <see cref="KpiStatus.Missed"/>.
/// </summary>
/// <remarks>
/// <para>Higher is better (<see cref="AtLeast"/>): met when <c>value ≥ Target</c>, at risk when
/// <c>AtRiskThreshold ≤ value &lt; Target</c>, missed below. Example: same-day closure <c>AtLeast(0.80, 0.70)</c> is
/// met from 80 %, at risk from 70 % up to 80 %, missed below 70 %.</para>
/// <para>Lower is better (<see cref="AtMost"/>): met when <c>value ≤ Target</c>, at risk when
/// <c>Target &lt; value ≤ AtRiskThreshold</c>, missed above. A threshold equal to the target leaves no at-risk band.
/// A null value is <see cref="KpiStatus.NoData"/>.</para>
/// <para>Equality compares all three members. <c>default</c> has no direction and is refused where a target is
/// needed. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct KpiTarget
{
    /// <summary>Creates a target (the JSON constructor; see <see cref="AtLeast"/> and <see cref="AtMost"/>).</summary>
    /// <exception cref="ArgumentException">The direction is undefined, a number is not finite, or the threshold is on
    /// the wrong side of the target.</exception>
    [JsonConstructor]
    public KpiTarget(KpiDirection direction, double target, double atRiskThreshold)
    {
        Guard.Against.UndefinedEnum(direction);

        Guard.Against.NonFinite(target);
        Guard.Against.NonFinite(atRiskThreshold);
        if (direction == KpiDirection.HigherIsBetter && atRiskThreshold > target)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"When higher is better, atRiskThreshold ({atRiskThreshold}) must be <= target ({target}): at risk lies below the target."),
                nameof(atRiskThreshold));
        }

        if (direction == KpiDirection.LowerIsBetter && atRiskThreshold < target)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"When lower is better, atRiskThreshold ({atRiskThreshold}) must be >= target ({target}): at risk lies above the target."),
                nameof(atRiskThreshold));
        }

        Direction = direction;
        Target = target;
        AtRiskThreshold = atRiskThreshold;
    }

    /// <summary>Which way the KPI improves.</summary>
    public KpiDirection Direction { get; }

    /// <summary>The value that meets the target (a floor when higher is better, a ceiling when lower is better).</summary>
    public double Target { get; }

    /// <summary>The far end of the at-risk band: beyond it the target is missed.</summary>
    public double AtRiskThreshold { get; }

    /// <summary>True unless this is <c>default</c>.</summary>
    [JsonIgnore]
    public bool IsInitialized => Direction != 0;

    /// <summary>Higher is better: met from <paramref name="target"/>, at risk from <paramref name="atRiskFrom"/> up to
    /// the target, missed below.</summary>
    /// <exception cref="ArgumentException"><paramref name="atRiskFrom"/> &gt; <paramref name="target"/>, or a number is not finite.</exception>
    public static KpiTarget AtLeast(double target, double atRiskFrom) => new(KpiDirection.HigherIsBetter, target, atRiskFrom);

    /// <summary>Lower is better: met up to <paramref name="target"/>, at risk above it up to <paramref name="atRiskUpTo"/>,
    /// missed above.</summary>
    /// <exception cref="ArgumentException"><paramref name="atRiskUpTo"/> &lt; <paramref name="target"/>, or a number is not finite.</exception>
    public static KpiTarget AtMost(double target, double atRiskUpTo) => new(KpiDirection.LowerIsBetter, target, atRiskUpTo);

    /// <summary>The status of <paramref name="value"/> against this target; <see cref="KpiStatus.NoData"/> for null.</summary>
    /// <exception cref="ArgumentException">This target is <c>default</c>, or the value is not finite.</exception>
    public KpiStatus Assess(double? value)
    {
        Guard.Against.Uninitialized(this, IsInitialized);
        if (value is not { } v)
        {
            return KpiStatus.NoData;
        }

        Guard.Against.NonFinite(v, nameof(value));
        return Direction == KpiDirection.HigherIsBetter
            ? v >= Target ? KpiStatus.Met : v >= AtRiskThreshold ? KpiStatus.AtRisk : KpiStatus.Missed
            : v <= Target ? KpiStatus.Met : v <= AtRiskThreshold ? KpiStatus.AtRisk : KpiStatus.Missed;
    }

    /// <summary>Invariant text such as <c>&gt;= 0.8 (at risk from 0.7)</c>.</summary>
    public override string ToString() => Direction == KpiDirection.LowerIsBetter
        ? string.Create(CultureInfo.InvariantCulture, $"<= {Target} (at risk up to {AtRiskThreshold})")
        : string.Create(CultureInfo.InvariantCulture, $">= {Target} (at risk from {AtRiskThreshold})");
}
