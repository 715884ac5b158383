namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>How a NodaTime <c>Instant</c> crosses the grain boundary: Unix ticks (100 ns), exact both ways.</summary>
/// <param name="UnixTicks">Ticks since the Unix epoch.</param>
[GenerateSerializer]
[Alias("crm.instant")]
public readonly record struct InstantSurrogate([property: Id(0)] long UnixTicks);
