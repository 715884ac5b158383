using System.Collections.Concurrent;
using System.Diagnostics;
using Crm.Samples.Cluster.Grains.Aggregates;
using Crm.Samples.Cluster.Grains.Wire;

namespace Crm.Samples.Cluster.Workloads;

/// <summary>
/// Sends case scripts to the cluster: each case's commands in order, <c>concurrency</c> cases at a time. Every command
/// carries an id (<c>case#step</c>); a command that fails for a cluster reason (a silo gone, a timeout) is sent
/// again with the same id until acknowledged, so a command applied before its reply was lost is not applied twice.
/// The library's exceptions are not retried: they would be a real refusal.
/// </summary>
public static class WorkloadRunner
{
    /// <summary>How often a command is re-sent before the run fails.</summary>
    public const int MaxAttempts = 40;

    /// <summary>Runs the scripts; returns the commands acknowledged, the re-sends and each command's latency.</summary>
    /// <param name="grains">The cluster client.</param>
    /// <param name="scripts">The case scripts.</param>
    /// <param name="concurrency">How many cases are in flight at once.</param>
    /// <param name="progress">Counts acknowledged commands while the run goes on (to act in the middle of it).</param>
    /// <param name="cancellationToken">Stops sending.</param>
    public static async Task<WorkloadResult> RunAsync(IGrainFactory grains, IReadOnlyList<CaseScript> scripts, int concurrency,
        WorkloadProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(scripts);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var latencies = new ConcurrentBag<double>();
        long acknowledged = 0, resent = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(scripts, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (script, ct) =>
        {
            var grain = grains.GetGrain<IServiceCaseGrain>(script.CaseId);
            async Task Send(string id, Func<Task<AggregateView>> command)
            {
                for (int attempt = 1; ; attempt++)
                {
                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        await command().ConfigureAwait(false);
                        latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        Interlocked.Increment(ref acknowledged);
                        progress?.Acknowledge();
                        return;
                    }
                    catch (Exception e) when (IsTransient(e) && attempt < MaxAttempts)
                    {
                        Interlocked.Increment(ref resent);
                        await Task.Delay(TimeSpan.FromMilliseconds(100 * Math.Min(attempt, 10)), ct).ConfigureAwait(false);
                    }
                }
            }

            await Send($"{script.CaseId}#0", () => grain.Open($"{script.CaseId}#0", script.CustomerId, script.Desk, script.Priority, script.Channel, script.Opened)).ConfigureAwait(false);
            for (int i = 0; i < script.Steps.Count; i++)
            {
                var step = script.Steps[i];
                var id = $"{script.CaseId}#{i + 1}";
                await Send(id, step.Command switch
                {
                    "respond" => () => grain.Respond(id, step.At),
                    "resolve" => () => grain.Resolve(id, step.At),
                    "reopen" => () => grain.Reopen(id, step.At),
                    _ => () => grain.Close(id, step.At),
                }).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return new WorkloadResult(acknowledged, resent, clock.Elapsed, [.. latencies.Order()]);
    }

    /// <summary>Failures of the cluster, not of the command: a silo gone or going, a lost reply, a stale write.</summary>
    public static bool IsTransient(Exception e) => e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException
        or Orleans.Storage.InconsistentStateException or ClientNotAvailableException or ObjectDisposedException
        || (e is OrleansException && e is not Orleans.Serialization.CodecNotFoundException);
}
