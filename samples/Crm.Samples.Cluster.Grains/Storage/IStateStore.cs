namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>
/// Where grain states live, outside the silos: a row per state, its JSON, and an ETag that every write must match
/// (optimistic concurrency; a stale writer gets <see cref="Orleans.Storage.InconsistentStateException"/>).
/// Implementation: <see cref="InMemoryStateStore"/> (the quick run and the tests: one object shared by the silos of
/// one process, so a stopped silo loses nothing, as with a database). PostgreSQL does not go through this interface:
/// it uses Orleans' ADO.NET provider (<see cref="PostgresAdoNetStorage"/>). Thread-safe.
/// </summary>
public interface IStateStore
{
    /// <summary>A short name for logs ("memory", "postgresql").</summary>
    string Name { get; }

    /// <summary>Reads a state: its JSON and ETag, or null when there is none.</summary>
    Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes a state if the stored ETag is <paramref name="expectedETag"/> (null: no row may exist yet);
    /// returns the new ETag.</summary>
    /// <exception cref="Orleans.Storage.InconsistentStateException">Another writer got there first.</exception>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Deletes a state if the stored ETag is <paramref name="expectedETag"/>.</summary>
    /// <exception cref="Orleans.Storage.InconsistentStateException">Another writer got there first.</exception>
    Task ClearAsync(string key, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>The number of stored states (for the self-checks).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);
}
