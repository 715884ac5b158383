namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>
/// The quick run's storage: grain states in one <see cref="InMemoryStateStore"/> shared by the silos of this process
/// (through <see cref="StoreGrainStorage"/>), no membership table (the host uses development clustering). Thread-safe.
/// </summary>
public sealed class MemoryClusterStorage : IClusterStorage
{
    /// <summary>The store the silos write to.</summary>
    public InMemoryStateStore Store { get; } = new();

    /// <inheritdoc />
    public string Name => Store.Name;

    /// <inheritdoc />
    public bool HasMembershipTable => false;

    /// <inheritdoc />
    public void ConfigureSilo(ISiloBuilder silo) => silo.AddCrmStorage(Store);

    /// <inheritdoc />
    public void ConfigureClient(IClientBuilder client)
    {
    }

    /// <inheritdoc />
    public Task<StoredState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken = default) =>
        Store.ReadAsync(StoreGrainStorage.Key(stateName, grainId), cancellationToken);

    /// <inheritdoc />
    public Task<long> CountAsync(CancellationToken cancellationToken = default) => Store.CountAsync(cancellationToken);
}
