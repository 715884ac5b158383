namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>
/// Where a cluster of the sample keeps its grain states and, when it has one, its membership table: what the silos
/// and the client add to their builders, and read-only access to the stored states for the self-checks and tests.
/// Implementations: <see cref="MemoryClusterStorage"/> (no set-up; one process) and <see cref="PostgresAdoNetStorage"/>
/// (Orleans' ADO.NET clustering and persistence on PostgreSQL; silos in any number of processes). Thread-safe.
/// </summary>
public interface IClusterStorage
{
    /// <summary>A short name for logs ("memory", "postgresql").</summary>
    string Name { get; }

    /// <summary>True when the silos find each other through a membership table in this storage (the host then
    /// configures no other clustering); false when the host must use Orleans' development (localhost) clustering.</summary>
    bool HasMembershipTable { get; }

    /// <summary>Adds the grain storage named <see cref="StoreGrainStorage.Name"/> and, when
    /// <see cref="HasMembershipTable"/>, the membership table to a silo.</summary>
    void ConfigureSilo(ISiloBuilder silo);

    /// <summary>Adds the gateway list (read from the membership table) to a client; does nothing when
    /// <see cref="HasMembershipTable"/> is false.</summary>
    void ConfigureClient(IClientBuilder client);

    /// <summary>Reads the stored state <paramref name="stateName"/> of a grain: its JSON and ETag, or null when
    /// there is none (or it was cleared).</summary>
    Task<StoredState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken = default);

    /// <summary>The number of stored grain states (for the self-checks).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);
}
