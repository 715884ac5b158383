using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Crm.Domain.Metrics.Scorecards;

/// <summary>One line of a <see cref="ScorecardReport"/>: a KPI, its value and its status against the target.</summary>
/// <remarks>The status is always the KPI's assessment of the value (checked on construction, so JSON cannot carry a
/// status that disagrees). Equality compares every member. Immutable and thread-safe.</remarks>
public sealed class KpiOutcome : IEquatable<KpiOutcome>
{
    /// <summary>Creates an outcome (the JSON constructor).</summary>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not the KPI's assessment of <paramref name="value"/>.</exception>
    [JsonConstructor]
    public KpiOutcome(KpiDefinition kpi, KpiValue value, KpiStatus status)
    {
        Guard.Against.Null(kpi);
        var expected = kpi.Assess(value);
        if (status != expected)
        {
            throw new ArgumentException($"status {status} disagrees with the target of '{kpi.Name}' ({kpi.Target}) for value {value}: it is {expected}.", nameof(status));
        }

        Kpi = kpi;
        Value = value;
        Status = status;
    }

    /// <summary>The KPI.</summary>
    public KpiDefinition Kpi { get; }

    /// <summary>Its value (possibly no data).</summary>
    public KpiValue Value { get; }

    /// <summary>Its status against the target.</summary>
    public KpiStatus Status { get; }

    /// <summary>The value formatted in the KPI's unit (<c>no data</c> when absent).</summary>
    [JsonIgnore]
    public string FormattedValue => Kpi.Format(Value.Value);

    /// <inheritdoc />
    public bool Equals(KpiOutcome? other) =>
        other is not null && Kpi.Equals(other.Kpi) && Value == other.Value && Status == other.Status;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KpiOutcome);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kpi, Value, Status);

    /// <summary>Text such as <c>Same-day closure: 82.4 % Met</c>.</summary>
    public override string ToString() => $"{Kpi.Name}: {FormattedValue} {Status}";

    /// <summary>Equality (see <see cref="Equals(KpiOutcome)"/>); two nulls are equal.</summary>
    public static bool operator ==(KpiOutcome? left, KpiOutcome? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(KpiOutcome? left, KpiOutcome? right) => !(left == right);
}
