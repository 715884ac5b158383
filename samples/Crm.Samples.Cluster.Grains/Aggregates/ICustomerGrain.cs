using Crm.Samples.Cluster.Grains.Wire;
using NodaTime;

namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>A customer (the library's <c>Customer</c>), keyed by its customer id.</summary>
public interface ICustomerGrain : IAggregateGrain
{
    /// <summary>Registers the customer (by the system actor, under <c>DataAccessPolicy.Standard</c>).</summary>
    Task<AggregateView> Register(string commandId, string givenName, string familyName, Instant at);

    /// <summary>Renames the customer as <paramref name="userId"/> in <paramref name="role"/>; a role the policy
    /// does not let write names gets the library's <c>AccessDeniedException</c>.</summary>
    Task<AggregateView> Rename(string commandId, string userId, string role, string givenName, string familyName, Instant at);

    /// <summary>Stores the customer's score from a customer-value job (the last job's score wins; the customer must
    /// exist).</summary>
    Task SetValueScore(ValueScore score);

    /// <summary>The last score written, or null.</summary>
    Task<ValueScore?> GetValueScore();
}
