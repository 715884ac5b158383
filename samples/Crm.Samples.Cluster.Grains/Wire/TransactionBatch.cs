namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>One partition of a transaction log, column-wise: customer key, ISO date (yyyy-MM-dd) and amount.</summary>
[GenerateSerializer]
[Alias("crm.transaction-batch")]
public sealed record TransactionBatch(
    [property: Id(0)] string[] Customers,
    [property: Id(1)] string[] Dates,
    [property: Id(2)] double[] Amounts);
