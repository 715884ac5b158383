namespace Crm.Domain.Metrics.Scorecards;

/// <summary>Which way a KPI improves. <c>default</c> (0) is not a direction and is refused by <see cref="KpiTarget"/>.</summary>
public enum KpiDirection
{
    /// <summary>Larger values are better (same-day closure, NPS, CSAT, renewal rate): the target is a floor.</summary>
    HigherIsBetter = 1,

    /// <summary>Smaller values are better (time to resolution, churn, acquisition cost): the target is a ceiling.</summary>
    LowerIsBetter = 2,
}
