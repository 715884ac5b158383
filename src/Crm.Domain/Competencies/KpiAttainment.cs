namespace Crm.Domain.Competencies;

/// <summary>
/// Where one KPI of the metrics block stands against its target, as a KPI scorecard reports it. Input of
/// <see cref="MetricsMaturityRule"/>, which turns attainments into maturity ratings of the metrics block.
/// </summary>
/// <remarks><c>default</c> is <see cref="NoData"/>: the KPI is on the scorecard but has no value for the period.</remarks>
public enum KpiAttainment
{
    /// <summary>On the scorecard, but no value (or no target) for the period.</summary>
    NoData = 0,

    /// <summary>The target was missed.</summary>
    Missed,

    /// <summary>Within the warning band of the target ("at risk").</summary>
    AtRisk,

    /// <summary>The target was met.</summary>
    Met,
}
