namespace Crm.Samples.Cluster.Grains.Kpis;

/// <summary>The persistent state of a desk-day KPI grain: the accumulator states (CrmJson) and the ids of the cases
/// added (so a re-delivered contribution is not counted twice).</summary>
public sealed class DeskDayRecord
{
    /// <summary><c>TimeToResolutionAccumulatorState</c> JSON; null before the first case.</summary>
    public string? TimeToResolution { get; set; }

    /// <summary><c>FirstContactResolutionAccumulatorState</c> JSON; null before the first case.</summary>
    public string? FirstContact { get; set; }

    /// <summary>The cases added.</summary>
    public List<string> Cases { get; set; } = [];
}
