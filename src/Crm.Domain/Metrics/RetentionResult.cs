using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// Customer retention and churn of a period: retention rate = (E − N) / S and churn rate = (S − (E − N)) / S, both
/// rates in [0, 1] that add up to 1, where S, E, N are the customers at the start, at the end, and acquired.
/// </summary>
/// <remarks>
/// When S = 0 both rates have no value ("no data"); NaN never appears. <c>default</c> is that empty result.
/// Equality compares the counts. This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(RetentionResultJsonConverter))]
public readonly record struct RetentionResult
{
    internal RetentionResult(RetentionPeriodCounts counts) => Counts = counts;

    /// <summary>The summed counts S, E, N.</summary>
    public RetentionPeriodCounts Counts { get; }

    /// <summary>True when there were customers at the start (S &gt; 0).</summary>
    public bool HasValue => Counts.Start > 0;

    /// <summary>(E − N) / S: the share of the starting customers still customers at the end.</summary>
    public Ratio RetentionRate => Ratio.Rate(Counts.Retained, Counts.Start);

    /// <summary>(S − (E − N)) / S: the share of the starting customers lost during the period.</summary>
    public Ratio ChurnRate => Ratio.Rate(Counts.Lost, Counts.Start);

    /// <summary>Invariant text such as <c>retention 80 %, churn 20 % (S=200 E=190 N=30)</c>.</summary>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"retention {RetentionRate.Value * 100d:0.##} %, churn {ChurnRate.Value * 100d:0.##} % ({Counts})")
        : string.Create(CultureInfo.InvariantCulture, $"retention (no data: no customers at the start) ({Counts})");
}
