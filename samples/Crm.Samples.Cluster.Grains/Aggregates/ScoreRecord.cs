using Crm.Samples.Cluster.Grains.Wire;

namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>The persistent score of a customer grain (host data beside the aggregate, not in its history).</summary>
public sealed class ScoreRecord
{
    /// <summary>The last job's score; null before any job.</summary>
    public ValueScore? Score { get; set; }
}
