namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>What every aggregate grain answers: its stored snapshot (the library's JSON), or null before creation.</summary>
public interface IAggregateGrain : IGrainWithStringKey
{
    /// <summary>The snapshot JSON as stored.</summary>
    Task<string?> GetSnapshot();
}
