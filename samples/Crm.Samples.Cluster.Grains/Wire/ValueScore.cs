namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>A customer's score from a customer-value job: P(alive) and the expected repeat purchases in the next
/// <see cref="HorizonWeeks"/> weeks under the job's BG/NBD fit.</summary>
[GenerateSerializer]
[Alias("crm.value-score")]
public sealed record ValueScore(
    [property: Id(0)] string JobId,
    [property: Id(1)] double ProbabilityAlive,
    [property: Id(2)] double ExpectedTransactions,
    [property: Id(3)] double HorizonWeeks);
