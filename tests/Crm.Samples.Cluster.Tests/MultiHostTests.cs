using Crm.Domain.Serialization;
using Crm.Samples.Cluster.Grains.Aggregates;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Hosting;
using Crm.Samples.Cluster.Workloads;
using Xunit.Abstractions;

namespace Crm.Samples.Cluster.Tests;

/// <summary>
/// Two hosts, one cluster: the sample's <see cref="LocalCluster"/> started twice with the same cluster id on the
/// PostgreSQL membership table — separate service containers talking over real loopback TCP, as two processes would
/// (the TestingHost suite uses an in-memory transport). Runs when <c>CRM_TEST_POSTGRES</c> is set; on memory there
/// is no membership table to share, and the test only checks that it is not on PostgreSQL.
/// </summary>
public sealed class MultiHostTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SecondHost_JoinsThroughTheMembershipTable_AndTheWorkloadSurvivesTheFirstHostStopping()
    {
        await using var store = await TestStore.CreateAsync();
        if (store.Store is not PostgresAdoNetStorage postgres)
        {
            Assert.False(TestStore.OnPostgres);
            return;
        }

        var first = await LocalCluster.StartAsync(2, postgres);
        try
        {
            await using var second = await LocalCluster.StartAsync(1, postgres, first.ClusterId);
            var hosts = await second.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            Assert.Equal(3, hosts.Count);
            Assert.All(first.SiloAddresses.Concat(second.SiloAddresses), a => Assert.True(hosts.ContainsKey(a), $"{a} is not an active member"));

            var scripts = DeskWorkload.Generate($"mh{Guid.NewGuid():N}"[..10], 80, days: 2, seed: 5);
            int commands = scripts.Sum(s => s.CommandCount);
            var progress = new WorkloadProgress();
            var run = WorkloadRunner.RunAsync(second.Client, scripts, concurrency: 8, progress);
            await Task.WhenAny(progress.WhenAcknowledgedAsync(commands / 4), run);
            long before = progress.Acknowledged;
            await first.DisposeAsync(); // the first host's two silos stop gracefully: their grains move to the second host
            var result = await run;
            output.WriteLine($"first host stopped after {before} of {commands} commands; {result}");
            Assert.True(before < commands, "the workload ended before the first host stopped: the test would prove nothing");
            Assert.Equal(commands, result.Acknowledged);

            var stored = await Task.WhenAll(scripts.Select(s => second.Client.GetGrain<IServiceCaseGrain>(s.CaseId).GetSnapshot()));
            Assert.Equal(scripts.Select(s => CrmJson.Serialize(DeskWorkload.Replay(s).ToSnapshot())), stored);

            // The membership table: the first host's silos dead, the second's active.
            var rows = await postgres.MembersAsync(first.ClusterId);
            output.WriteLine(string.Join("; ", rows.Select(r => $"{r.Silo} gen {r.Generation}: {r.Status}")));
            Assert.Equal(3, rows.Count);
            Assert.Equal(2, rows.Count(r => r.Status == (int)SiloStatus.Dead));
            var survivor = second.SiloAddresses[0];
            Assert.Equal((int)SiloStatus.Active, Assert.Single(rows, r => r.Generation == survivor.Generation && r.Silo.EndsWith($":{survivor.Endpoint.Port}", StringComparison.Ordinal)).Status);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }
}
