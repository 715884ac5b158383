using NodaTime;

namespace Crm.Samples.Cluster.Workloads;

/// <summary>One service case's life as a script: how it is opened, then its commands in order.</summary>
public sealed record CaseScript(string CaseId, string CustomerId, string Desk, string Priority, string Channel, Instant Opened, IReadOnlyList<CaseStep> Steps)
{
    /// <summary>The number of commands, the opening included.</summary>
    public int CommandCount => Steps.Count + 1;
}
