using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Grains.Wire;
using NodaTime;

namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>The customer grain: the library's <see cref="Customer"/>, its snapshot stored; scores beside it.</summary>
public sealed class CustomerGrain(
    [PersistentState("customer", StoreGrainStorage.Name)] IPersistentState<AggregateRecord> record,
    [PersistentState("score", StoreGrainStorage.Name)] IPersistentState<ScoreRecord> scoreState)
    : AggregateGrain<Customer>(record), ICustomerGrain
{
    private static readonly Actor System = Actor.Of("cluster", "system");

    /// <inheritdoc />
    protected override string Kind => "Customer";

    /// <inheritdoc />
    public Task<AggregateView> Register(string commandId, string givenName, string familyName, Instant at) =>
        Create(commandId, () => Customer.Register(CustomerId.Of(this.GetPrimaryKeyString()), PersonName.Create(givenName, familyName), System, at,
            DataAccessPolicy.Standard, "cluster"));

    /// <inheritdoc />
    public Task<AggregateView> Rename(string commandId, string userId, string role, string givenName, string familyName, Instant at) =>
        Execute(commandId, _ => Existing("rename").Rename(Actor.Of(userId, role), PersonName.Create(givenName, familyName), at).ThrowIfDenied());

    /// <inheritdoc />
    public async Task SetValueScore(ValueScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        _ = Existing("score");
        scoreState.State.Score = score;
        await scoreState.WriteStateAsync().ConfigureAwait(true);
    }

    /// <inheritdoc />
    public Task<ValueScore?> GetValueScore() => Task.FromResult(scoreState.State.Score);

    /// <inheritdoc />
    protected override Customer Restore(string snapshotJson) =>
        Customer.FromSnapshot(CrmJson.Deserialize<CustomerSnapshot>(snapshotJson), DataAccessPolicy.Standard);

    /// <inheritdoc />
    protected override string Store(Customer aggregate) => CrmJson.Serialize(aggregate.ToSnapshot());

    /// <inheritdoc />
    protected override int VersionOf(Customer aggregate) => aggregate.Version;

    /// <inheritdoc />
    protected override string Describe(Customer aggregate) => aggregate.IsErased ? "erased" : "active";
}
