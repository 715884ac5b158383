namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>What a closed case adds to its desk's KPIs for the UTC day it was resolved: opened and resolved
/// instants (Unix ticks) and whether it was resolved on first contact.</summary>
public sealed record KpiContribution(string DeskDay, string CaseId, long OpenedTicks, long ResolvedTicks, bool FirstContact);
