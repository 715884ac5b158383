using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using MathNet.Numerics.Distributions;

namespace Crm.Domain.Campaigns.Analysis;

/// <summary>
/// A rate (successes out of trials) with its Wilson score confidence interval: a response rate, a conversion rate.
/// </summary>
/// <remarks>
/// <para>The Wilson interval (Wilson 1927; recommended by Newcombe 1998 and Brown, Cai &amp; DasGupta 2001) with
/// p̂ = x/n and z the two-sided normal quantile of the confidence: centre (p̂ + z²/2n) / (1 + z²/n), half-width
/// z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n). Unlike the Wald interval it stays inside [0, 1] and is sensible at 0 and n
/// successes. The bounds are clamped so that Lower ≤ Estimate ≤ Upper holds exactly despite floating rounding.</para>
/// <para>With no trials there is no estimate: <see cref="HasValue"/> is false and the three numbers are null — never
/// NaN. Equality compares the counts and the confidence. <c>default</c> is 0 of 0 at confidence 0 (no data).
/// Immutable and thread-safe.</para>
/// </remarks>
public readonly struct RateEstimate : IEquatable<RateEstimate>
{
    /// <summary>Creates the estimate; the same as <see cref="Wilson"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, successes exceed trials, or
    /// <paramref name="confidence"/> is not strictly between 0 and 1 or so close to 1 (0.9999999999999999) that its
    /// normal quantile is infinite.</exception>
    [JsonConstructor]
    public RateEstimate(long successes, long trials, double confidence)
    {
        Guard.Against.NegativeValue(trials);
        Guard.Against.OutsideRange(successes, 0L, trials);
        Guard.Against.OutsideOpenRange(confidence, 0d, 1d);
        Successes = successes;
        Trials = trials;
        Confidence = confidence;
        if (trials == 0)
        {
            return;
        }

        var n = (double)trials;
        var p = successes / n;
        var z = Guard.Against.UnrepresentableResult(Normal.InvCDF(0d, 1d, 0.5d + (confidence / 2d)), confidence, "The two-sided normal quantile");
        var z2 = z * z;
        var denominator = 1d + (z2 / n);
        var centre = (p + (z2 / (2d * n))) / denominator;
        var half = z * Math.Sqrt((p * (1d - p) / n) + (z2 / (4d * n * n))) / denominator;
        Estimate = p;
        Lower = Math.Max(0d, Math.Min(p, centre - half));
        Upper = Math.Min(1d, Math.Max(p, centre + half));
    }

    /// <summary>The number of successes (responders, converters).</summary>
    public long Successes { get; }

    /// <summary>The number of trials (members).</summary>
    public long Trials { get; }

    /// <summary>The confidence level of the interval, in (0, 1), such as 0.95.</summary>
    public double Confidence { get; }

    /// <summary>True when there was at least one trial.</summary>
    [JsonIgnore]
    public bool HasValue => Trials > 0;

    /// <summary>The point estimate x/n in [0, 1]; null with no trials.</summary>
    public double? Estimate { get; }

    /// <summary>The lower Wilson bound in [0, Estimate]; null with no trials.</summary>
    public double? Lower { get; }

    /// <summary>The upper Wilson bound in [Estimate, 1]; null with no trials.</summary>
    public double? Upper { get; }

    /// <summary>The counts as a <see cref="Ratio"/>.</summary>
    [JsonIgnore]
    public Ratio Rate => Ratio.Rate(Successes, Trials);

    /// <summary>The Wilson score interval of <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">See the constructor.</exception>
    public static RateEstimate Wilson(long successes, long trials, double confidence = 0.95) => new(successes, trials, confidence);

    /// <inheritdoc />
    public bool Equals(RateEstimate other) => Successes == other.Successes && Trials == other.Trials && Confidence.Equals(other.Confidence);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RateEstimate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Successes, Trials, Confidence);

    /// <summary>Invariant text such as <c>8/10 = 80.0 % [49.0 %, 94.3 %] (95 %)</c>.</summary>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"{Successes}/{Trials} = {Estimate:P1} [{Lower:P1}, {Upper:P1}] ({Confidence:P0})")
        : string.Create(CultureInfo.InvariantCulture, $"{Successes}/{Trials} (no data)");

    /// <summary>Equality.</summary>
    public static bool operator ==(RateEstimate left, RateEstimate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(RateEstimate left, RateEstimate right) => !left.Equals(right);
}
