using Crm.Domain.Metrics.Service;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Grains.Wire;
using NodaTime;

namespace Crm.Samples.Cluster.Grains.Kpis;

/// <summary>The desk-day KPI grain: holds the library's accumulator states, adds each closed case once.</summary>
public sealed class DeskDayKpiGrain([PersistentState("kpis", StoreGrainStorage.Name)] IPersistentState<DeskDayRecord> record)
    : Grain, IDeskDayKpiGrain
{
    /// <inheritdoc />
    public async Task Record(string caseId, Instant opened, Instant resolved, bool firstContact)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        var state = record.State;
        if (state.Cases.Contains(caseId, StringComparer.Ordinal))
        {
            return;
        }

        var kpis = DeskKpis.FromJson(state.TimeToResolution, state.FirstContact).Add(ClosedCase.Of(opened, resolved), firstContact);
        (state.TimeToResolution, state.FirstContact) = kpis.ToJson();
        state.Cases.Add(caseId);
        try
        {
            await record.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            await record.ReadStateAsync().ConfigureAwait(true);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<DeskDayKpiState> GetState() =>
        Task.FromResult(new DeskDayKpiState(record.State.TimeToResolution, record.State.FirstContact, record.State.Cases.Count));
}
