using System.Diagnostics;
using System.Globalization;
using Crm.Domain.Metrics.Service;
using Crm.Samples.Cluster.Grains.Kpis;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Hosting;
using Crm.Samples.Cluster.Workloads;
using NodaTime;

namespace Crm.Samples.Cluster;

/// <summary>
/// The scaling run (bounded, loopback only): the same service-desk workload on 1, 2 and 3 silos (in-memory state
/// store with development clustering, or Orleans' ADO.NET clustering and persistence on PostgreSQL; commands/s and latency percentiles as the client sees them), then the cost of merging desk-day KPI states
/// as the number of partitions grows from 1 to 10,000 (from their JSON, as the scorecard grain does, and in memory).
/// </summary>
internal static class LoadRun
{
    public static async Task RunAsync(TextWriter log, int cases, bool quick, IClusterStorage store)
    {
        log.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; {(store.HasMembershipTable ? "ADO.NET clustering and grain storage on PostgreSQL" : "development clustering, in-memory state store")}");
        var run = Guid.NewGuid().ToString("N")[..8];
        log.WriteLine();
        log.WriteLine("| silos | cases | commands | wall s | commands/s | p50 ms | p99 ms | re-sent |");
        log.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int silos in quick ? new[] { 1, 2 } : [1, 2, 3])
        {
            await using var cluster = await LocalCluster.StartAsync(silos, store).ConfigureAwait(false);
            // Warm-up (activations, JIT) on other cases, then the measured run.
            await WorkloadRunner.RunAsync(cluster.Client, DeskWorkload.Generate($"warm{silos}-{run}", Math.Min(cases, 100), 5, 1), 32).ConfigureAwait(false);
            var scripts = DeskWorkload.Generate($"load{silos}-{run}", cases, 5, 19);
            var r = await WorkloadRunner.RunAsync(cluster.Client, scripts, 64).ConfigureAwait(false);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {silos} | {cases:N0} | {r.Acknowledged:N0} | {r.Elapsed.TotalSeconds:F2} | {r.CommandsPerSecond:N0} | {r.Percentile(50):F2} | {r.Percentile(99):F2} | {r.Resent} |"));
        }

        log.WriteLine();
        log.WriteLine("| partitions | merge from JSON states (ms) | per partition (µs) | merge in memory (ms) | per partition (µs) |");
        log.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (int partitions in quick ? new[] { 1, 10, 100 } : [1, 10, 100, 1_000, 10_000])
        {
            var (json, states) = Partitions(partitions);
            var fromJson = Time(() => json.Aggregate(DeskKpis.Empty, (acc, s) => DeskKpis.Combine(acc, DeskKpis.FromJson(s.Ttr, s.Fcr))).TimeToResolution.Count);
            var inMemory = Time(() => states.Aggregate(DeskKpis.Empty, DeskKpis.Combine).TimeToResolution.Count);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {partitions:N0} | {fromJson:F3} | {fromJson * 1000 / partitions:F2} | {inMemory:F3} | {inMemory * 1000 / partitions:F2} |"));
        }
    }

    // Each partition: a desk-day with 20 closed cases of varied resolution times.
    private static ((string Ttr, string Fcr)[] Json, DeskKpis[] States) Partitions(int count)
    {
        var random = new Random(count);
        var start = Instant.FromUtc(2026, 3, 2, 9, 0);
        var states = Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 20).Aggregate(DeskKpis.Empty, (k, _) =>
            k.Add(ClosedCase.Of(start, start + Duration.FromMinutes(1 + random.Next(7 * 24 * 60))), random.Next(2) == 0))).ToArray();
        return ([.. states.Select(s => s.ToJson())], states);
    }

    // Median of repeated timings (ms), enough repetitions for about 200 ms in all.
    private static double Time(Func<long> merge)
    {
        merge();
        var once = Stopwatch.StartNew();
        merge();
        int reps = Math.Clamp((int)(200 / Math.Max(once.Elapsed.TotalMilliseconds, 0.001)), 3, 1_000);
        var times = new double[reps];
        for (int i = 0; i < reps; i++)
        {
            var sw = Stopwatch.StartNew();
            merge();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[reps / 2];
    }
}
