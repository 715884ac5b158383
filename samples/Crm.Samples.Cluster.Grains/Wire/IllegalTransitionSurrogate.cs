namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>How the library's <c>IllegalTransitionException</c> crosses the grain boundary: its message and the
/// process and states it names (Orleans has no codec for exception types it did not generate one for).</summary>
[GenerateSerializer]
[Alias("crm.illegal-transition")]
public readonly record struct IllegalTransitionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] string Process,
    [property: Id(2)] string From,
    [property: Id(3)] string To);
