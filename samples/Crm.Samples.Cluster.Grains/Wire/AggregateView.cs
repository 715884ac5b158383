namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>What a command returns: the aggregate's id, its version after the command, its state in words, and
/// whether the command was a repeat of one already applied (then nothing changed).</summary>
[GenerateSerializer]
[Alias("crm.aggregate-view")]
public sealed record AggregateView(
    [property: Id(0)] string Id,
    [property: Id(1)] int Version,
    [property: Id(2)] string State,
    [property: Id(3)] bool Repeated);
