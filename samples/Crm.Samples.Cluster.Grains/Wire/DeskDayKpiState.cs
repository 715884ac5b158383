namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>The accumulator states of one desk-day, as the library's JSON (<c>CrmJson</c>) of
/// <c>TimeToResolutionAccumulatorState</c> and <c>FirstContactResolutionAccumulatorState</c>; null = no case yet.
/// Orleans carries strings; only the library reads and writes the states.</summary>
[GenerateSerializer]
[Alias("crm.desk-day-kpis")]
public sealed record DeskDayKpiState(
    [property: Id(0)] string? TimeToResolution,
    [property: Id(1)] string? FirstContact,
    [property: Id(2)] int Cases);
