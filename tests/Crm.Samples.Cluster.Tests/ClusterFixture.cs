using Orleans.TestingHost;

namespace Crm.Samples.Cluster.Tests;

/// <summary>One 3-silo cluster shared by the tests that do not stop silos.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private TestStore? _store;

    /// <summary>The cluster.</summary>
    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <summary>Where its states are.</summary>
    public TestStore Store => _store!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        Cluster = await TestClusters.DeployAsync(_store.Store);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await _store!.DisposeAsync();
    }
}

/// <summary>The collection that shares <see cref="ClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cluster";
}
