using Crm.Domain.Metrics.Scorecards;

namespace Crm.Samples.ServiceDesk.Kpis;

/// <summary>
/// The desk's scorecard: first-contact resolution, same-day closure, median time to resolution and CSAT satisfaction,
/// with targets and at-risk thresholds (sample values; a real desk sets its own).
/// </summary>
public static class DeskScorecard
{
    /// <summary>The scorecard (immutable).</summary>
    public static Scorecard Card { get; } = Scorecard.Create("Service desk", [
        KpiDefinition.Create("First-contact resolution", KpiUnit.Fraction, KpiTarget.AtLeast(0.70, atRiskFrom: 0.50)),
        KpiDefinition.Create("Same-day closure", KpiUnit.Fraction, KpiTarget.AtLeast(0.80, atRiskFrom: 0.60)),
        KpiDefinition.Create("Median time to resolution", KpiUnit.Hours, KpiTarget.AtMost(4, atRiskUpTo: 8)),
        KpiDefinition.Create("CSAT (satisfied share)", KpiUnit.Fraction, KpiTarget.AtLeast(0.80, atRiskFrom: 0.70)),
    ]);

    /// <summary>The scorecard evaluated on <paramref name="partial"/>'s results.</summary>
    public static ScorecardReport Evaluate(DeskKpiPartial partial) => Card.Evaluate(new Dictionary<string, KpiValue>
    {
        ["First-contact resolution"] = KpiValue.From(partial.FirstContactResolution.Result),
        ["Same-day closure"] = KpiValue.From(partial.SameDayClosure.Result),
        ["Median time to resolution"] = KpiValue.Hours(partial.TimeToResolution.Result.Median),
        ["CSAT (satisfied share)"] = KpiValue.From(partial.Csat.Result.Satisfaction),
    });
}
