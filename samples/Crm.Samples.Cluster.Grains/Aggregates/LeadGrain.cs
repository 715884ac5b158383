using Crm.Domain.Acquisition;
using Crm.Domain.Serialization;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Grains.Wire;
using NodaTime;

namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>The lead grain: the library's <see cref="Lead"/>, its snapshot stored.</summary>
public sealed class LeadGrain([PersistentState("lead", StoreGrainStorage.Name)] IPersistentState<AggregateRecord> record)
    : AggregateGrain<Lead>(record), ILeadGrain
{
    /// <inheritdoc />
    protected override string Kind => "Lead";

    /// <inheritdoc />
    public Task<AggregateView> Create(string commandId, string source, Instant at) =>
        Create(commandId, () => Lead.Create(this.GetPrimaryKeyString(), WireEnums.Parse<LeadSource>(source, nameof(source)), at));

    /// <inheritdoc />
    public Task<AggregateView> Advance(string commandId, Instant at) => Execute(commandId, _ => Existing("advance").Advance(at));

    /// <inheritdoc />
    public Task<AggregateView> Lose(string commandId, string reason, Instant at) =>
        Execute(commandId, _ => Existing("lose").Lose(WireEnums.Parse<LossReason>(reason, nameof(reason)), at));

    /// <inheritdoc />
    protected override Lead Restore(string snapshotJson) => Lead.FromSnapshot(CrmJson.Deserialize<LeadSnapshot>(snapshotJson));

    /// <inheritdoc />
    protected override string Store(Lead aggregate) => CrmJson.Serialize(aggregate.ToSnapshot());

    /// <inheritdoc />
    protected override int VersionOf(Lead aggregate) => aggregate.Version;

    /// <inheritdoc />
    protected override string Describe(Lead aggregate) => aggregate.Stage.ToString();
}
