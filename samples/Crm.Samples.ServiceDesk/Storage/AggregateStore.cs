using Crm.Domain.Processes;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// Loads and saves aggregates as event rows plus a stream row (snapshot and version), each write in ONE transaction
/// (one <c>SaveChanges</c>): the new events are inserted under the unique key (kind, id, version) and the stream row is
/// updated only where it still holds the version that was loaded (a concurrency token). A concurrent writer makes
/// either the insert or the update fail, the transaction rolls back and the caller gets a
/// <see cref="VersionConflictException"/> naming the current version: a change is never lost.
/// </summary>
/// <remarks>Scoped (one per request, like its <see cref="DeskDb"/>); not thread-safe.</remarks>
public sealed class AggregateStore(DeskDb db, IClock clock)
{
    /// <summary>The aggregate and its stored version; <see cref="NotFoundException"/> if there is none.</summary>
    public async Task<Loaded<TAggregate>> LoadAsync<TAggregate, TEvent, TSnapshot>(
        AggregateKind<TAggregate, TEvent, TSnapshot> kind, string id, CancellationToken ct)
        where TAggregate : class, IProcess<TEvent>
        where TEvent : class, IProcessEvent
    {
        var row = await FindAsync(kind.Name, id, ct).ConfigureAwait(false) ?? throw new NotFoundException(kind.Name, id);
        return new Loaded<TAggregate>(kind.Read(row.Snapshot), row.Version);
    }

    /// <summary>The stored snapshot JSON and version (for reads that need no aggregate); <see cref="NotFoundException"/> if none.</summary>
    public async Task<StreamRow> SnapshotAsync(string kind, string id, CancellationToken ct) =>
        await FindAsync(kind, id, ct).ConfigureAwait(false) ?? throw new NotFoundException(kind, id);

    /// <summary>Stores a new aggregate (every event and its stream row); a conflict if the id is taken.</summary>
    public async Task<StreamRow> CreateAsync<TAggregate, TEvent, TSnapshot>(
        AggregateKind<TAggregate, TEvent, TSnapshot> kind, TAggregate created, CancellationToken ct)
        where TAggregate : class, IProcess<TEvent>
        where TEvent : class, IProcessEvent
    {
        var id = kind.IdOf(created);
        var stream = new StreamRow { Kind = kind.Name, AggregateId = id, Version = created.Version, Snapshot = kind.SnapshotJson(created), UpdatedAt = clock.GetCurrentInstant() };
        db.Streams.Add(stream);
        AddEvents(kind, id, created, 0);
        await SaveAsync(kind.Name, id, 0, ct).ConfigureAwait(false);
        return stream;
    }

    /// <summary>
    /// Appends what <paramref name="next"/> added since <paramref name="loaded"/> and moves the stream row to its version,
    /// if the stored version is still <paramref name="loaded"/>'s; otherwise a <see cref="VersionConflictException"/>.
    /// Nothing to append writes nothing.
    /// </summary>
    public async Task<StreamRow> AppendAsync<TAggregate, TEvent, TSnapshot>(
        AggregateKind<TAggregate, TEvent, TSnapshot> kind, Loaded<TAggregate> loaded, TAggregate next, CancellationToken ct)
        where TAggregate : class, IProcess<TEvent>
        where TEvent : class, IProcessEvent
    {
        var id = kind.IdOf(next);
        if (next.Version == loaded.Version)
        {
            return new StreamRow { Kind = kind.Name, AggregateId = id, Version = loaded.Version, Snapshot = kind.SnapshotJson(next) };
        }

        return await AdvanceAsync(kind, id, loaded.Version, next, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the whole stored history with <paramref name="next"/>'s (the one rewrite: a customer's erasure redacts
    /// every earlier event). Existing event rows are overwritten in place, the new ones inserted, the snapshot replaced,
    /// all in one transaction and under the same version check as <see cref="AppendAsync"/>.
    /// </summary>
    public async Task<StreamRow> ReplaceHistoryAsync<TAggregate, TEvent, TSnapshot>(
        AggregateKind<TAggregate, TEvent, TSnapshot> kind, Loaded<TAggregate> loaded, TAggregate next, CancellationToken ct)
        where TAggregate : class, IProcess<TEvent>
        where TEvent : class, IProcessEvent
    {
        var id = kind.IdOf(next);
        var stored = await db.Events.Where(e => e.Kind == kind.Name && e.AggregateId == id).ToListAsync(ct).ConfigureAwait(false);
        if (stored.Count != loaded.Version || next.Version < loaded.Version)
        {
            throw new VersionConflictException(kind.Name, id, loaded.Version, stored.Count);
        }

        foreach (var row in stored)
        {
            var replacement = kind.Row(id, row.Version, next.History[row.Version - 1]);
            row.Type = replacement.Type;
            row.At = replacement.At;
            row.Json = replacement.Json;
        }

        return await AdvanceAsync(kind, id, loaded.Version, next, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Inserts <paramref name="next"/>'s events after <paramref name="expected"/> and moves the stream row from
    /// <paramref name="expected"/> to <paramref name="next"/>'s version and snapshot: one SaveChanges.
    /// </summary>
    private async Task<StreamRow> AdvanceAsync<TAggregate, TEvent, TSnapshot>(
        AggregateKind<TAggregate, TEvent, TSnapshot> kind, string id, int expected, TAggregate next, CancellationToken ct)
        where TAggregate : class, IProcess<TEvent>
        where TEvent : class, IProcessEvent
    {
        var stream = Attach(kind.Name, id, expected);
        AddEvents(kind, id, next, expected);
        stream.Version = next.Version;
        stream.Snapshot = kind.SnapshotJson(next);
        stream.UpdatedAt = clock.GetCurrentInstant();
        await SaveAsync(kind.Name, id, expected, ct).ConfigureAwait(false);
        return stream;
    }

    /// <summary>
    /// After an erasure: on SQLite, checkpoint the WAL into the database file and truncate it, so the old page images
    /// (which held the erased data) leave the WAL too; <c>secure_delete</c> (set on every connection, see
    /// <see cref="SqliteSecureDelete"/>) has already zeroed the freed cells. PostgreSQL: nothing to do here (its old row
    /// versions go with VACUUM, which the operator schedules).
    /// </summary>
    /// <returns>True when the WAL was fully checkpointed and truncated (always true on PostgreSQL).</returns>
    public async Task<bool> ScrubAsync(CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return true;
        }

        // Idle pooled connections could hold the WAL open; closing them lets the checkpoint truncate it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            // One row: (busy, log frames, checkpointed frames); busy = 1 when a reader kept the checkpoint from finishing.
            return await reader.ReadAsync(ct).ConfigureAwait(false) && reader.GetInt64(0) == 0;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Keeps a refused customer command or read (the audit trail of denials).</summary>
    public async Task RecordDenialAsync(AuditRow denial, CancellationToken ct)
    {
        db.Audit.Add(denial);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The refusals kept for <paramref name="customerId"/>, oldest first.</summary>
    public Task<List<AuditRow>> DenialsAsync(string customerId, CancellationToken ct) =>
        db.Audit.AsNoTracking().Where(a => a.CustomerId == customerId).OrderBy(a => a.Id).ToListAsync(ct);

    private Task<StreamRow?> FindAsync(string kind, string id, CancellationToken ct) =>
        db.Streams.AsNoTracking().SingleOrDefaultAsync(s => s.Kind == kind && s.AggregateId == id, ct);

    /// <summary>A tracked stream row whose ORIGINAL version is <paramref name="expected"/>: EF's update says <c>WHERE version = expected</c>.</summary>
    private StreamRow Attach(string kind, string id, int expected)
    {
        var stream = new StreamRow { Kind = kind, AggregateId = id, Version = expected, Snapshot = string.Empty };
        db.Streams.Attach(stream);
        return stream;
    }

    private void AddEvents<TAggregate, TEvent, TSnapshot>(AggregateKind<TAggregate, TEvent, TSnapshot> kind, string id, TAggregate aggregate, int since)
        where TAggregate : class, IProcess<TEvent>
        where TEvent : class, IProcessEvent
    {
        var version = since;
        foreach (var e in aggregate.EventsSince(since))
        {
            db.Events.Add(kind.Row(id, ++version, e));
        }
    }

    /// <summary>One SaveChanges = one transaction; a failed version check or key clash becomes a conflict naming the stored version.</summary>
    private async Task SaveAsync(string kind, string id, int expected, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            var current = await db.Streams.AsNoTracking().Where(s => s.Kind == kind && s.AggregateId == id)
                .Select(s => (int?)s.Version).SingleOrDefaultAsync(ct).ConfigureAwait(false) ?? 0;
            if (current != expected || ex is DbUpdateConcurrencyException)
            {
                throw new VersionConflictException(kind, id, expected, current, ex);
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
