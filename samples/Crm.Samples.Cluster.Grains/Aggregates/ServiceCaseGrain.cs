using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Service;
using Crm.Samples.Cluster.Grains.Kpis;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Grains.Wire;
using NodaTime;

namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>
/// The service-case grain: the library's <see cref="ServiceCase"/>, its snapshot stored. Closing writes the
/// closing event and the KPI contribution (an outbox) in one write, then hands the contribution to the desk-day grain
/// (which ignores a repeat) and clears the outbox; a contribution left by a silo that died in between is handed over
/// when the case is next activated.
/// </summary>
public sealed class ServiceCaseGrain([PersistentState("case", StoreGrainStorage.Name)] IPersistentState<AggregateRecord> record)
    : AggregateGrain<ServiceCase>(record), IServiceCaseGrain
{
    /// <inheritdoc />
    protected override string Kind => "Case";

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken).ConfigureAwait(true);
        await DeliverPendingKpi().ConfigureAwait(true);
    }

    /// <inheritdoc />
    public Task<AggregateView> Open(string commandId, string customerId, string team, string priority, string channel, Instant at) =>
        Create(commandId, () => ServiceCase.Open(this.GetPrimaryKeyString(), CustomerId.Of(customerId), team,
            WireEnums.Parse<CasePriority>(priority, nameof(priority)), WireEnums.Parse<Channel>(channel, nameof(channel)), at));

    /// <inheritdoc />
    public Task<AggregateView> Respond(string commandId, Instant at) => Execute(commandId, _ => Existing("respond").Respond(at));

    /// <inheritdoc />
    public Task<AggregateView> Resolve(string commandId, Instant at) => Execute(commandId, _ => Existing("resolve").Resolve(at));

    /// <inheritdoc />
    public Task<AggregateView> Reopen(string commandId, Instant at) => Execute(commandId, _ => Existing("reopen").Reopen(at));

    /// <inheritdoc />
    public async Task<AggregateView> Close(string commandId, Instant at)
    {
        var view = await Execute(commandId, _ => Existing("close").Close(at), (r, closed) => r.PendingKpi = Contribution(closed)).ConfigureAwait(true);
        await DeliverPendingKpi().ConfigureAwait(true);
        return view;
    }

    /// <inheritdoc />
    protected override ServiceCase Restore(string snapshotJson) => ServiceCase.FromSnapshot(CrmJson.Deserialize<ServiceCaseSnapshot>(snapshotJson));

    /// <inheritdoc />
    protected override string Store(ServiceCase aggregate) => CrmJson.Serialize(aggregate.ToSnapshot());

    /// <inheritdoc />
    protected override int VersionOf(ServiceCase aggregate) => aggregate.Version;

    /// <inheritdoc />
    protected override string Describe(ServiceCase aggregate) => aggregate.State.ToString();

    private static KpiContribution Contribution(ServiceCase closed)
    {
        var resolved = closed.ResolvedAt!.Value;
        return new(DeskDay.Key(closed.Team, resolved.InUtc().Date), closed.Id, closed.OpenedAt.ToUnixTimeTicks(), resolved.ToUnixTimeTicks(),
            closed.IsFirstContactResolution);
    }

    private async Task DeliverPendingKpi()
    {
        if (Record.PendingKpi is not { } pending)
        {
            return;
        }

        await GrainFactory.GetGrain<IDeskDayKpiGrain>(pending.DeskDay)
            .Record(pending.CaseId, Instant.FromUnixTimeTicks(pending.OpenedTicks), Instant.FromUnixTimeTicks(pending.ResolvedTicks), pending.FirstContact)
            .ConfigureAwait(true);
        Record.PendingKpi = null;
        await WriteRecord().ConfigureAwait(true);
    }
}
