using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Metrics.Scorecards;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// The documented rule that scores a metrics block from a KPI <see cref="Scorecard"/>: each KPI's
/// <see cref="KpiStatus"/> (met, at risk, missed, no data) becomes a <see cref="MaturityLevel"/> rating of the
/// criterion that KPI stands for.
/// </summary>
/// <remarks>
/// <para>The default rule (<see cref="Default"/>): <b>met → managed (4)</b>, <b>at risk → defined (3)</b>,
/// <b>missed → developing (2)</b>, <b>no data → initial (1)</b>; a KPI not on the scorecard gives no rating (it
/// shows as missing coverage). The reasoning: a KPI on a scorecard with a target is already a defined practice;
/// meeting the target is what "managed" means; "optimised" (continuous improvement) is something one scorecard
/// cannot show, so the default rule never awards it — an assessor can, with evidence.</para>
/// <para>Custom rules must keep the order missed ≤ at risk ≤ met. Immutable and thread-safe.</para>
/// </remarks>
public sealed class MetricsMaturityRule
{
    /// <summary>Creates a rule.</summary>
    /// <exception cref="ArgumentException">The levels are out of order (missed &gt; at risk or at risk &gt; met).</exception>
    public MetricsMaturityRule(MaturityLevel met, MaturityLevel atRisk, MaturityLevel missed, MaturityLevel noData)
    {
        if (missed > atRisk || atRisk > met)
        {
            throw new ArgumentException($"A metrics rule must keep missed <= at risk <= met; it was missed {missed}, at risk {atRisk}, met {met}.", nameof(atRisk));
        }

        Met = met;
        AtRisk = atRisk;
        Missed = missed;
        NoData = noData;
    }

    /// <summary>The default rule: met → managed, at risk → defined, missed → developing, no data → initial.</summary>
    public static MetricsMaturityRule Default { get; } = new(MaturityLevel.Managed, MaturityLevel.Defined, MaturityLevel.Developing, MaturityLevel.Initial);

    /// <summary>The level for a KPI that met its target.</summary>
    public MaturityLevel Met { get; }

    /// <summary>The level for a KPI at risk of missing its target.</summary>
    public MaturityLevel AtRisk { get; }

    /// <summary>The level for a KPI that missed its target.</summary>
    public MaturityLevel Missed { get; }

    /// <summary>The level for a KPI on the scorecard without a value.</summary>
    public MaturityLevel NoData { get; }

    /// <summary>The level for one KPI's status.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public MaturityLevel LevelOf(KpiStatus status) => status switch
    {
        KpiStatus.Met => Met,
        KpiStatus.AtRisk => AtRisk,
        KpiStatus.Missed => Missed,
        KpiStatus.NoData => NoData,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, $"status must be NoData, Met, AtRisk or Missed; it was {status}."),
    };

    /// <summary>
    /// Rates metrics-block criteria from KPI statuses keyed by criterion id (for the Gartner framework:
    /// <c>metrics.nps</c>, <c>metrics.renewal-rate</c>, ...).
    /// </summary>
    /// <param name="framework">The framework whose metrics block is rated.</param>
    /// <param name="statuses">Criterion id → status of the KPI that stands for it.</param>
    /// <param name="assessor">Who is credited with the ratings (e.g. the scorecard's name).</param>
    /// <param name="ratedOn">The date of the scorecard period.</param>
    /// <param name="metricsBlockId">The block the criteria must belong to (default Gartner's <c>metrics</c>).</param>
    /// <returns>One rating per KPI, in the order given, with evidence naming the status and the rule.</returns>
    /// <exception cref="ArgumentException">A criterion the framework lacks, one outside the metrics block, one given
    /// twice, or an undefined status; the message names the criterion.</exception>
    public ImmutableArray<CriterionRating> Rate(
        CompetencyFramework framework,
        IEnumerable<KeyValuePair<string, KpiStatus>> statuses,
        string assessor,
        LocalDate ratedOn,
        string metricsBlockId = CompetencyFrameworks.GartnerMetricsBlockId)
    {
        Guard.Against.Null(statuses);
        return RateCore(framework, statuses.Select(s => (s.Key, s.Value, $"KPI status {s.Value}")), assessor, ratedOn, metricsBlockId, nameof(statuses));
    }

    /// <summary>
    /// The scorecard adapter: rates metrics-block criteria from a <see cref="ScorecardReport"/>, through a map from
    /// KPI name (as on the scorecard) to criterion id. KPIs of the report that the map does not name are not
    /// metrics-block criteria and are skipped.
    /// </summary>
    /// <param name="framework">The framework whose metrics block is rated.</param>
    /// <param name="report">The evaluated scorecard.</param>
    /// <param name="kpiToCriterion">KPI name → criterion id (e.g. "NPS" → <c>metrics.nps</c>).</param>
    /// <param name="ratedOn">The date of the scorecard period.</param>
    /// <param name="metricsBlockId">The block the criteria must belong to (default Gartner's <c>metrics</c>).</param>
    /// <returns>One rating per mapped KPI, in the report's order, credited to the scorecard (assessor = its name),
    /// with evidence giving the KPI's value, status and target.</returns>
    /// <exception cref="ArgumentException">The map names a KPI the report lacks (a typo would silently drop it), a
    /// criterion the framework lacks or outside the metrics block, or two KPIs map to one criterion.</exception>
    public ImmutableArray<CriterionRating> FromScorecard(
        CompetencyFramework framework,
        ScorecardReport report,
        IReadOnlyDictionary<string, string> kpiToCriterion,
        LocalDate ratedOn,
        string metricsBlockId = CompetencyFrameworks.GartnerMetricsBlockId)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(kpiToCriterion);
        var names = report.Outcomes.Select(o => o.Kpi.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var kpi in kpiToCriterion.Keys)
        {
            if (!names.Contains(kpi))
            {
                throw new ArgumentException($"The KPI map names KPI '{kpi}', which scorecard '{report.ScorecardName}' does not report.", nameof(kpiToCriterion));
            }
        }

        var mapped = report.Outcomes
            .Where(o => kpiToCriterion.ContainsKey(o.Kpi.Name))
            .Select(o => (kpiToCriterion[o.Kpi.Name], o.Status, $"Scorecard '{report.ScorecardName}': {o.Kpi.Name} = {o.FormattedValue} ({o.Status}; target {o.Kpi.Target})"));
        return RateCore(framework, mapped, report.ScorecardName, ratedOn, metricsBlockId, nameof(kpiToCriterion));
    }

    private ImmutableArray<CriterionRating> RateCore(
        CompetencyFramework framework,
        IEnumerable<(string CriterionId, KpiStatus Status, string Evidence)> items,
        string assessor,
        LocalDate ratedOn,
        string metricsBlockId,
        string parameterName)
    {
        Guard.Against.Null(framework);
        Guard.Against.NullOrWhiteSpace(assessor);
        var block = framework.BlockIndexOf(metricsBlockId, nameof(metricsBlockId));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<CriterionRating>();
        foreach (var (criterionId, status, evidence) in items)
        {
            var ordinal = framework.OrdinalOf(criterionId, parameterName);
            if (framework.BlockOfOrdinal(ordinal) != block)
            {
                throw new ArgumentException($"Criterion '{criterionId}' is not in block '{metricsBlockId}' of framework '{framework.Id}'.", parameterName);
            }

            if (!seen.Add(criterionId))
            {
                throw new ArgumentException($"Criterion '{criterionId}' is rated twice (two KPIs map to it).", parameterName);
            }

            var level = LevelOf(status);
            result.Add(new CriterionRating(criterionId, level, assessor, ratedOn, $"{evidence} -> {level.Name} (metrics maturity rule)."));
        }

        return result.ToImmutable();
    }
}
