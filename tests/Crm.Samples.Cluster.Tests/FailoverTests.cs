using Crm.Domain.Serialization;
using Crm.Domain.Service;
using Crm.Samples.Cluster.Grains.Aggregates;
using Crm.Samples.Cluster.Grains.Kpis;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Workloads;
using NodaTime.Text;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace Crm.Samples.Cluster.Tests;

/// <summary>
/// A silo lost in the middle of a workload: the workload completes (commands re-sent with their ids reach the
/// grains' new activations) and no acknowledged write is lost — every case's stored snapshot is the one the library
/// reaches in one process, counted and compared, and the scorecard still equals the single-process one.
/// Membership declares the lost silo dead (on PostgreSQL: in the ADO.NET membership table the silos share).
/// Each test has its own cluster (it loses a silo).
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    [Fact]
    public Task KilledSilo_MidWorkload_NoAcknowledgedWriteLost() =>
        LoseASiloMidWorkload((cluster, silo) => cluster.KillSiloAsync(silo));

    [Fact]
    public Task StoppedSilo_MidWorkload_NoAcknowledgedWriteLost() =>
        LoseASiloMidWorkload((cluster, silo) => cluster.StopSiloAsync(silo));

    // Membership declares the lost silo dead: the cluster's view (the management grain) and, on PostgreSQL, its row
    // in the ADO.NET membership table (Orleans' SiloStatus 6). Polled: a killed silo is declared after missed probes.
    private async Task AssertDeclaredDeadAsync(InProcessTestCluster cluster, IClusterStorage storage, SiloAddress lost)
    {
        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        SiloStatus status;
        while ((status = (await management.GetHosts(onlyActive: false)).GetValueOrDefault(lost)) != SiloStatus.Dead && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Equal(SiloStatus.Dead, status);
        if (storage is PostgresAdoNetStorage postgres)
        {
            var rows = await postgres.MembersAsync(cluster.Options.ClusterId);
            output.WriteLine(string.Join("; ", rows.Select(r => $"{r.Silo} gen {r.Generation}: {r.Status}")));
            var row = Assert.Single(rows, r => r.Silo == $"{lost.Endpoint.Address}:{lost.Endpoint.Port}" && r.Generation == lost.Generation);
            Assert.Equal((int)SiloStatus.Dead, row.Status);
            Assert.Equal(2, rows.Count(r => r.Status == (int)SiloStatus.Active));
        }
    }

    private async Task LoseASiloMidWorkload(Func<InProcessTestCluster, InProcessSiloHandle, Task> lose)
    {
        await using var store = await TestStore.CreateAsync();
        await using var cluster = await TestClusters.DeployAsync(store.Store);
        var scripts = DeskWorkload.Generate("fo", 200, days: 3, seed: 42);
        int commands = scripts.Sum(s => s.CommandCount);

        var progress = new WorkloadProgress();
        var run = WorkloadRunner.RunAsync(cluster.Client, scripts, concurrency: 12, progress);
        await Task.WhenAny(progress.WhenAcknowledgedAsync(commands / 4), run);
        long before = progress.Acknowledged;
        var lost = cluster.Silos[^1].SiloAddress;
        await lose(cluster, cluster.Silos[^1]);
        var result = await run;
        output.WriteLine($"silo lost after {before} of {commands} commands; {result}");
        Assert.True(before < commands, $"the workload ended before the silo was lost ({before} of {commands}): the test would prove nothing");

        Assert.Equal(2, cluster.GetActiveSilos().Count());
        Assert.Equal(commands, result.Acknowledged);
        await AssertDeclaredDeadAsync(cluster, store.Store, lost);

        // Count: one stored case state per case, holding every acknowledged event.
        var stored = await Task.WhenAll(scripts.Select(s => cluster.Client.GetGrain<IServiceCaseGrain>(s.CaseId).GetSnapshot()));
        var cases = stored.Select(json => ServiceCase.FromSnapshot(CrmJson.Deserialize<ServiceCaseSnapshot>(json!))).ToArray();
        Assert.Equal(commands, cases.Sum(c => c.Version));
        Assert.All(cases, c => Assert.Equal(CaseState.Closed, c.State));

        // Compare: each stored snapshot is exactly the single-process replay's.
        var expected = scripts.Select(s => CrmJson.Serialize(DeskWorkload.Replay(s).ToSnapshot())).ToArray();
        Assert.Equal(expected, stored);

        // The KPI contributions were each counted once, none lost with the silo.
        var keys = DeskDay.Keys(DeskWorkload.DesksOf(scripts), DeskWorkload.FirstDay, DeskWorkload.LastDay(scripts));
        var states = await Task.WhenAll(keys.Select(k => cluster.Client.GetGrain<IDeskDayKpiGrain>(k).GetState()));
        Assert.Equal(scripts.Count, states.Sum(s => s.Cases));
        var report = await cluster.Client.GetGrain<IScorecardGrain>("fo").Evaluate(DeskWorkload.DesksOf(scripts),
            LocalDatePattern.Iso.Format(DeskWorkload.FirstDay), LocalDatePattern.Iso.Format(DeskWorkload.LastDay(scripts)));
        Assert.Equal(200d, CrmJson.Deserialize<Crm.Domain.Metrics.Scorecards.ScorecardReport>(report)[DeskScorecard.Cases].Value.Value);
    }
}
