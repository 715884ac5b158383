using System.Reflection;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Hosting;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Crm.Samples.Cluster.Tests;

/// <summary>
/// Builds a 3-silo in-process Orleans test cluster whose silos all use one <see cref="IClusterStorage"/>. When the
/// storage has a membership table (PostgreSQL), the test cluster's own membership is switched off: the silos join
/// through the ADO.NET membership table and the client reads its gateways from it.
/// </summary>
public static class TestClusters
{
    /// <summary>Deploys the cluster (3 silos and a client).</summary>
    public static async Task<InProcessTestCluster> DeployAsync(IClusterStorage storage, short silos = 3)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var builder = new InProcessTestClusterBuilder(silos);
        if (storage.HasMembershipTable)
        {
            UseOwnMembership(builder.Options);
        }

        builder.ConfigureSilo((_, silo) =>
        {
            storage.ConfigureSilo(silo
                .Configure<ClusterMembershipOptions>(LocalCluster.FastFailureDetection)
                .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10)));
        });
        builder.ConfigureClient(client =>
        {
            storage.ConfigureClient(client
                .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10))
                .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5)));
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    // The in-process test cluster registers its in-memory membership table (and, for the client, gateway list) after
    // the silo's own configuration, so it would replace the ADO.NET table. Its switch is internal in 10.4.2 (public on
    // the older TestClusterOptions): set by reflection, failing loudly if a new Orleans version renames it.
    private static void UseOwnMembership(InProcessTestClusterOptions options)
    {
        var property = typeof(InProcessTestClusterOptions).GetProperty("UseTestClusterMembership", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("InProcessTestClusterOptions.UseTestClusterMembership not found: the test cluster would use its own membership");
        property.SetValue(options, false);
    }
}
