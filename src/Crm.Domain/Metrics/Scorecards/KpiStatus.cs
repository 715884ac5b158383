namespace Crm.Domain.Metrics.Scorecards;

/// <summary>How a KPI stands against its target. Ordered from no information to worst, so that the worst status of a
/// report is the maximum.</summary>
public enum KpiStatus
{
    /// <summary>There is no value (no cases, no responses): neither good nor bad. The default.</summary>
    NoData = 0,

    /// <summary>The target is met.</summary>
    Met = 1,

    /// <summary>The target is missed, but the value is still within the at-risk band.</summary>
    AtRisk = 2,

    /// <summary>The value is beyond the at-risk threshold.</summary>
    Missed = 3,
}
