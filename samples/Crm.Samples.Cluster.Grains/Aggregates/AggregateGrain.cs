using Crm.Domain.Primitives;
using Crm.Samples.Cluster.Grains.Wire;

namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>
/// The one command path of the sample's aggregate grains: a repeated command id is answered from the current state;
/// otherwise the library's command runs on the current aggregate (refusing with the library's exceptions before
/// anything changes), and the new snapshot and version are written before the call returns — an acknowledged
/// command is stored. A failed write drops the in-memory copy and re-reads the stored state.
/// </summary>
/// <typeparam name="TAggregate">The library aggregate (customer, lead, service case).</typeparam>
public abstract class AggregateGrain<TAggregate> : Grain
    where TAggregate : class
{
    /// <summary>How many command ids a grain remembers for duplicate detection.</summary>
    public const int RememberedCommands = 256;

    private readonly IPersistentState<AggregateRecord> _record;
    private TAggregate? _current;

    /// <summary>Binds the grain to its persistent record.</summary>
    protected AggregateGrain(IPersistentState<AggregateRecord> record) => _record = record;

    /// <summary>The stored record.</summary>
    protected AggregateRecord Record => _record.State;

    /// <summary>The aggregate, or null before its creating command.</summary>
    protected TAggregate? Current => _current ??= _record.State.Snapshot is { } json ? Restore(json) : null;

    /// <summary>What the aggregate is called in messages, such as <c>Lead L-1</c>.</summary>
    protected abstract string Kind { get; }

    /// <summary>The snapshot JSON and version, for reads and checks.</summary>
    public Task<string?> GetSnapshot() => Task.FromResult(_record.State.Snapshot);

    /// <summary>The aggregate from its snapshot JSON (the library's <c>FromSnapshot</c>, which checks the history).</summary>
    protected abstract TAggregate Restore(string snapshotJson);

    /// <summary>The aggregate's snapshot JSON.</summary>
    protected abstract string Store(TAggregate aggregate);

    /// <summary>The aggregate's version.</summary>
    protected abstract int VersionOf(TAggregate aggregate);

    /// <summary>The aggregate's state in a word (stage, case state).</summary>
    protected abstract string Describe(TAggregate aggregate);

    /// <summary>The aggregate, or an <see cref="IllegalTransitionException"/> when it was never created.</summary>
    protected TAggregate Existing(string action) =>
        Current ?? throw new IllegalTransitionException($"{Kind} {this.GetPrimaryKeyString()}", "none", action, "it was never created");

    /// <summary>Creates the aggregate; an <see cref="IllegalTransitionException"/> if it exists.</summary>
    protected Task<AggregateView> Create(string commandId, Func<TAggregate> create) =>
        Execute(commandId, current => current is null
            ? create()
            : throw new IllegalTransitionException($"{Kind} {this.GetPrimaryKeyString()}", Describe(current), "create", "it exists"));

    /// <summary>Applies a command once per command id and stores the result before returning.</summary>
    /// <param name="commandId">The caller's id of this command; a repeat is ignored.</param>
    /// <param name="command">The library command on the current aggregate (null before creation).</param>
    /// <param name="alsoRecord">Adds host-side data to the record in the same write (the case's KPI outbox).</param>
    protected async Task<AggregateView> Execute(string commandId, Func<TAggregate?, TAggregate> command, Action<AggregateRecord, TAggregate>? alsoRecord = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commandId);
        var record = _record.State;
        if (record.RecentCommands.Contains(commandId, StringComparer.Ordinal))
        {
            return View(Current!, repeated: true);
        }

        var next = command(Current);
        record.Snapshot = Store(next);
        record.Version = VersionOf(next);
        record.RecentCommands.Add(commandId);
        if (record.RecentCommands.Count > RememberedCommands)
        {
            record.RecentCommands.RemoveAt(0);
        }

        alsoRecord?.Invoke(record, next);
        try
        {
            await _record.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            _current = null;
            await _record.ReadStateAsync().ConfigureAwait(true);
            throw;
        }

        _current = next;
        return View(next, repeated: false);
    }

    /// <summary>Writes the record as it is (after clearing an outbox).</summary>
    protected Task WriteRecord() => _record.WriteStateAsync();

    private AggregateView View(TAggregate aggregate, bool repeated) =>
        new(this.GetPrimaryKeyString(), VersionOf(aggregate), Describe(aggregate), repeated);
}
