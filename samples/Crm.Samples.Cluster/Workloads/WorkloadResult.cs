using System.Globalization;

namespace Crm.Samples.Cluster.Workloads;

/// <summary>What a workload run did: commands acknowledged, re-sends, wall time, and the sorted latencies (ms).</summary>
public sealed record WorkloadResult(long Acknowledged, long Resent, TimeSpan Elapsed, double[] LatenciesMs)
{
    /// <summary>Acknowledged commands per second of wall time.</summary>
    public double CommandsPerSecond => Acknowledged / Elapsed.TotalSeconds;

    /// <summary>A latency percentile (nearest rank), in milliseconds; 0 without commands.</summary>
    public double Percentile(double p) =>
        LatenciesMs.Length == 0 ? 0 : LatenciesMs[Math.Clamp((int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1, 0, LatenciesMs.Length - 1)];

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Acknowledged:N0} commands in {Elapsed.TotalSeconds:F2} s ({CommandsPerSecond:N0}/s), p50 {Percentile(50):F2} ms, p99 {Percentile(99):F2} ms, {Resent} re-sent");
}
