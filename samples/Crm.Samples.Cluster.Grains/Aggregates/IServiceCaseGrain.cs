using Crm.Samples.Cluster.Grains.Wire;
using NodaTime;

namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>A service case (the library's <c>ServiceCase</c>), keyed by its id. Closing a case adds it to its
/// desk's KPI grain for the UTC day it was resolved, before the call returns.</summary>
public interface IServiceCaseGrain : IAggregateGrain
{
    /// <summary>Opens the case; <paramref name="priority"/> and <paramref name="channel"/> are enum names.</summary>
    Task<AggregateView> Open(string commandId, string customerId, string team, string priority, string channel, Instant at);

    /// <summary>Records a response to the customer.</summary>
    Task<AggregateView> Respond(string commandId, Instant at);

    /// <summary>Resolves the case.</summary>
    Task<AggregateView> Resolve(string commandId, Instant at);

    /// <summary>Reopens a resolved case.</summary>
    Task<AggregateView> Reopen(string commandId, Instant at);

    /// <summary>Closes a resolved case and adds it to its desk-day KPIs.</summary>
    Task<AggregateView> Close(string commandId, Instant at);
}
