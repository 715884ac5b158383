using Crm.Domain.Metrics.Scorecards;

namespace Crm.Samples.Cluster.Grains.Kpis;

/// <summary>The service desks' scorecard: median and P90 time to resolution, first-contact resolution, cases.</summary>
public static class DeskScorecard
{
    /// <summary>KPI names.</summary>
    public const string MedianTtr = "Median time to resolution", P90Ttr = "P90 time to resolution", Fcr = "First-contact resolution", Cases = "Cases closed";

    /// <summary>The definition (targets as in the quickstart's company scorecard).</summary>
    public static Scorecard Definition { get; } = Scorecard.Create("Service desks",
    [
        KpiDefinition.Create(MedianTtr, KpiUnit.Hours, KpiTarget.AtMost(4, 8)),
        KpiDefinition.Create(P90Ttr, KpiUnit.Hours, KpiTarget.AtMost(48, 72)),
        KpiDefinition.Create(Fcr, KpiUnit.Fraction, KpiTarget.AtLeast(0.45, 0.35), "Resolved in the first contact, no follow-up."),
        KpiDefinition.Create(Cases, KpiUnit.Count, KpiTarget.AtLeast(1, 0)),
    ]);

    /// <summary>The report for merged KPIs.</summary>
    public static ScorecardReport Evaluate(DeskKpis kpis)
    {
        var ttr = kpis.TimeToResolution.Result;
        return Definition.Evaluate(new Dictionary<string, KpiValue>
        {
            [MedianTtr] = KpiValue.Hours(ttr.Median),
            [P90Ttr] = KpiValue.Hours(ttr.P90),
            [Fcr] = KpiValue.From(kpis.FirstContact.Result),
            [Cases] = KpiValue.Of(kpis.TimeToResolution.Count),
        });
    }
}
