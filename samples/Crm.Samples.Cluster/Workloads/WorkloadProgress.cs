namespace Crm.Samples.Cluster.Workloads;

/// <summary>The number of commands a running workload has had acknowledged so far. Thread-safe.</summary>
public sealed class WorkloadProgress
{
    private long _acknowledged;

    /// <summary>Commands acknowledged so far.</summary>
    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    /// <summary>Waits until at least <paramref name="commands"/> are acknowledged (polling every 5 ms).</summary>
    public async Task WhenAcknowledgedAsync(long commands, CancellationToken cancellationToken = default)
    {
        while (Acknowledged < commands)
        {
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }
    }

    internal void Acknowledge() => Interlocked.Increment(ref _acknowledged);
}
