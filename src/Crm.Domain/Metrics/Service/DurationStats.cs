using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>
/// Summary statistics of a set of durations (times to resolution): count, mean, median, 90th percentile, minimum and
/// maximum, as NodaTime <see cref="Duration"/>s. The result of <see cref="TimeToResolutionAccumulator"/>.
/// </summary>
/// <remarks>
/// <para>When <see cref="Count"/> is 0 there is no data: <see cref="HasData"/> is false and every duration is null.
/// Otherwise all are present and ordered: <c>Min ≤ Median ≤ P90 ≤ Max</c> and <c>Min ≤ Mean ≤ Max</c>.</para>
/// <para><see cref="Count"/>, <see cref="Mean"/> (rounded down to the nanosecond), <see cref="Min"/> and
/// <see cref="Max"/> are exact. <see cref="Median"/> and <see cref="P90"/> are the lower order statistics of rank
/// <c>⌊q (n − 1)⌋</c> estimated by a sketch within relative error <see cref="QuantileRelativeError"/> (plus at most
/// 1 ns of rounding); for an even count the median is the lower middle value, not the average of the two.</para>
/// <para>Equality compares every member. <c>default</c> is the no-data result. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct DurationStats
{
    /// <summary>Creates statistics (the JSON constructor), checking that they are consistent.</summary>
    /// <exception cref="ArgumentException">The count is negative; durations are missing (or present) though the count
    /// is positive (or 0); a duration is negative; the order <c>Min ≤ Median ≤ P90 ≤ Max</c>, <c>Min ≤ Mean ≤ Max</c>
    /// is broken; the error bound is outside [0, 0.5].</exception>
    [JsonConstructor]
    public DurationStats(long count, Duration? mean, Duration? median, Duration? p90, Duration? min, Duration? max, double quantileRelativeError)
    {
        Guard.Against.NegativeValue(count);
        Guard.Against.OutsideRange(quantileRelativeError, 0d, 0.5d);
        var all = new[] { mean, median, p90, min, max };
        if (count == 0)
        {
            if (all.Any(d => d.HasValue))
            {
                throw new ArgumentException("count is 0, so mean, median, p90, min and max must all be null (no data).", nameof(count));
            }
        }
        else
        {
            if (all.Any(d => !d.HasValue))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"count is {count}, so mean, median, p90, min and max must all be present."), nameof(count));
            }

            if (min!.Value < Duration.Zero || !(min <= median && median <= p90 && p90 <= max && min <= mean && mean <= max))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Durations must satisfy 0 <= min <= median <= p90 <= max and min <= mean <= max; got min {min}, median {median}, p90 {p90}, max {max}, mean {mean}."),
                    nameof(median));
            }
        }

        Count = count;
        Mean = mean;
        Median = median;
        P90 = p90;
        Min = min;
        Max = max;
        QuantileRelativeError = quantileRelativeError;
    }

    /// <summary>The number of durations.</summary>
    public long Count { get; }

    /// <summary>True when <see cref="Count"/> &gt; 0.</summary>
    [JsonIgnore]
    public bool HasData => Count > 0;

    /// <summary>The arithmetic mean (exact, rounded down to the nanosecond); null without data.</summary>
    public Duration? Mean { get; }

    /// <summary>The median (lower middle order statistic, sketch estimate); null without data.</summary>
    public Duration? Median { get; }

    /// <summary>The 90th percentile (order statistic of rank ⌊0.9 (n − 1)⌋, sketch estimate); null without data.</summary>
    public Duration? P90 { get; }

    /// <summary>The shortest duration (exact); null without data.</summary>
    public Duration? Min { get; }

    /// <summary>The longest duration (exact); null without data.</summary>
    public Duration? Max { get; }

    /// <summary>The relative error bound of <see cref="Median"/> and <see cref="P90"/> (0.01 = 1 %); 0 when exact.</summary>
    public double QuantileRelativeError { get; }

    /// <summary>Invariant text such as <c>n=500 mean=4:03:00 median=2:10:00 p90=9:00:00</c>, or <c>n=0 (no data)</c>.</summary>
    public override string ToString() => HasData
        ? string.Create(CultureInfo.InvariantCulture, $"n={Count} mean={Mean} median={Median} p90={P90} min={Min} max={Max}")
        : "n=0 (no data)";
}
