using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// The documented rule that scores a metrics block from a KPI scorecard: each KPI's attainment (met, at risk, missed,
/// no data) becomes a <see cref="MaturityLevel"/> rating of the criterion that KPI stands for.
/// </summary>
/// <remarks>
/// <para>The default rule (<see cref="Default"/>): <b>met → managed (4)</b>, <b>at risk → defined (3)</b>,
/// <b>missed → developing (2)</b>, <b>no data → initial (1)</b>; a KPI not on the scorecard gives no rating (it
/// shows as missing coverage). The reasoning: a KPI on a scorecard with a target is already a defined practice;
/// meeting the target is what "managed" means; "optimised" (continuous improvement) is something a scorecard alone
/// cannot show, so the rule never awards it — an assessor can, with evidence.</para>
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

    /// <summary>The level for a KPI on the scorecard without a value or target.</summary>
    public MaturityLevel NoData { get; }

    /// <summary>The level for one KPI's attainment.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attainment"/> is not a defined value.</exception>
    public MaturityLevel LevelOf(KpiAttainment attainment) => attainment switch
    {
        KpiAttainment.Met => Met,
        KpiAttainment.AtRisk => AtRisk,
        KpiAttainment.Missed => Missed,
        KpiAttainment.NoData => NoData,
        _ => throw new ArgumentOutOfRangeException(nameof(attainment), attainment, $"attainment must be NoData, Missed, AtRisk or Met; it was {attainment}."),
    };

    /// <summary>
    /// Rates the metrics-block criteria of <paramref name="framework"/> from KPI attainments keyed by criterion id
    /// (for the Gartner framework: <c>metrics.nps</c>, <c>metrics.renewal-rate</c>, ...).
    /// </summary>
    /// <param name="framework">The framework whose metrics block is rated.</param>
    /// <param name="attainments">Criterion id → attainment of the KPI that stands for it.</param>
    /// <param name="assessor">Who is credited with the ratings (e.g. "KPI scorecard").</param>
    /// <param name="ratedOn">The date of the scorecard period.</param>
    /// <param name="metricsBlockId">The block the criteria must belong to (default Gartner's <c>metrics</c>).</param>
    /// <returns>One rating per KPI, in the order given, with evidence naming the attainment and the rule.</returns>
    /// <exception cref="ArgumentException">A criterion the framework lacks, a criterion outside the metrics block, a
    /// criterion given twice, or an undefined attainment; the message names the criterion.</exception>
    public ImmutableArray<CriterionRating> Rate(
        CompetencyFramework framework,
        IEnumerable<KeyValuePair<string, KpiAttainment>> attainments,
        string assessor,
        LocalDate ratedOn,
        string metricsBlockId = CompetencyFrameworks.GartnerMetricsBlockId)
    {
        Guard.Against.Null(framework);
        Guard.Against.Null(attainments);
        Guard.Against.NullOrWhiteSpace(assessor);
        var block = framework.BlockIndexOf(metricsBlockId, nameof(metricsBlockId));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<CriterionRating>();
        foreach (var (criterionId, attainment) in attainments)
        {
            var ordinal = framework.OrdinalOf(criterionId, nameof(attainments));
            if (framework.BlockOfOrdinal(ordinal) != block)
            {
                throw new ArgumentException($"Criterion '{criterionId}' is not in block '{metricsBlockId}' of framework '{framework.Id}'.", nameof(attainments));
            }

            if (!seen.Add(criterionId))
            {
                throw new ArgumentException($"Criterion '{criterionId}' is given twice.", nameof(attainments));
            }

            var level = LevelOf(attainment);
            result.Add(new CriterionRating(criterionId, level, assessor, ratedOn, $"KPI scorecard: {attainment} -> {level.Name} (metrics maturity rule)."));
        }

        return result.ToImmutable();
    }
}
