using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Metrics.Scorecards;

/// <summary>The assessment of every KPI of a <see cref="Scorecard"/>: one <see cref="KpiOutcome"/> per KPI, in the
/// scorecard's order, with counts per status and an overall status.</summary>
/// <remarks>Equality compares the name and every outcome in order. Immutable and thread-safe.</remarks>
public sealed class ScorecardReport : IEquatable<ScorecardReport>
{
    /// <summary>Creates a report (the JSON constructor).</summary>
    /// <exception cref="ArgumentException">The name is blank, the list is default or holds a null, or two outcomes
    /// name the same KPI.</exception>
    [JsonConstructor]
    public ScorecardReport(string scorecardName, ImmutableArray<KpiOutcome> outcomes)
    {
        Guard.Against.NullOrWhiteSpace(scorecardName);
        if (outcomes.IsDefault)
        {
            throw new ArgumentException("outcomes must not be a default ImmutableArray.", nameof(outcomes));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            Guard.Against.Null(outcome, nameof(outcomes));
            if (!seen.Add(outcome.Kpi.Name))
            {
                throw new ArgumentException($"outcomes must name each KPI once; '{outcome.Kpi.Name}' appears twice.", nameof(outcomes));
            }
        }

        ScorecardName = scorecardName;
        Outcomes = outcomes;
    }

    /// <summary>The name of the scorecard assessed.</summary>
    public string ScorecardName { get; }

    /// <summary>One outcome per KPI, in the scorecard's order.</summary>
    public ImmutableArray<KpiOutcome> Outcomes { get; }

    /// <summary>The worst status among KPIs with data (<see cref="KpiStatus.Missed"/> over
    /// <see cref="KpiStatus.AtRisk"/> over <see cref="KpiStatus.Met"/>); <see cref="KpiStatus.NoData"/> when no KPI
    /// has data.</summary>
    [JsonIgnore]
    public KpiStatus Overall => Outcomes.IsEmpty ? KpiStatus.NoData : Outcomes.Max(o => o.Status);

    /// <summary>How many KPIs have <paramref name="status"/>.</summary>
    public int CountOf(KpiStatus status) => Outcomes.Count(o => o.Status == status);

    /// <summary>The outcomes of the KPIs that serve <paramref name="objective"/> (the scorecard's perspective on one
    /// CRM objective), in scorecard order; empty when none does.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is <see cref="Primitives.CrmObjective.Unknown"/> or undefined.</exception>
    public ImmutableArray<KpiOutcome> Serving(Primitives.CrmObjective objective)
    {
        Guard.Against.UndefinedEnum(objective);
        return [.. Outcomes.Where(o => o.Kpi.Objective == objective)];
    }

    /// <summary>The outcome of the KPI named <paramref name="kpiName"/> (ordinal).</summary>
    /// <exception cref="KeyNotFoundException">No KPI has that name.</exception>
    public KpiOutcome this[string kpiName] =>
        Outcomes.FirstOrDefault(o => string.Equals(o.Kpi.Name, kpiName, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"'{kpiName}' is not a KPI of scorecard '{ScorecardName}'.");

    /// <inheritdoc />
    public bool Equals(ScorecardReport? other) =>
        other is not null && string.Equals(ScorecardName, other.ScorecardName, StringComparison.Ordinal) &&
        Outcomes.SequenceEqual(other.Outcomes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScorecardReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ScorecardName, Outcomes.Length);

    /// <summary>Text such as <c>Service desk: 3 met, 1 at risk, 1 missed, 0 no data</c>.</summary>
    public override string ToString() =>
        $"{ScorecardName}: {CountOf(KpiStatus.Met)} met, {CountOf(KpiStatus.AtRisk)} at risk, {CountOf(KpiStatus.Missed)} missed, {CountOf(KpiStatus.NoData)} no data";

    /// <summary>Equality (see <see cref="Equals(ScorecardReport)"/>); two nulls are equal.</summary>
    public static bool operator ==(ScorecardReport? left, ScorecardReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ScorecardReport? left, ScorecardReport? right) => !(left == right);
}
