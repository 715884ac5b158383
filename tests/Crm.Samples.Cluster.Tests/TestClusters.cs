using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Hosting;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Crm.Samples.Cluster.Tests;

/// <summary>Builds a 3-silo in-process Orleans test cluster whose silos all write to one <see cref="IStateStore"/>.</summary>
public static class TestClusters
{
    /// <summary>Deploys the cluster (3 silos and a client).</summary>
    public static async Task<InProcessTestCluster> DeployAsync(IStateStore store, short silos = 3)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) => silo
            .AddCrmStorage(store)
            .Configure<ClusterMembershipOptions>(LocalCluster.FastFailureDetection)
            .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10)));
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10)));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
