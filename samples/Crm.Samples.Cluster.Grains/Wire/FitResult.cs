namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>The result of a customer-value job: the BG/NBD parameters fitted on the merged summaries, its
/// log-likelihood, the number of customers, and how many customer grains received their score.</summary>
[GenerateSerializer]
[Alias("crm.fit-result")]
public sealed record FitResult(
    [property: Id(0)] double R,
    [property: Id(1)] double Alpha,
    [property: Id(2)] double A,
    [property: Id(3)] double B,
    [property: Id(4)] double LogLikelihood,
    [property: Id(5)] int Customers,
    [property: Id(6)] int ScoresWritten,
    [property: Id(7)] bool Converged);
