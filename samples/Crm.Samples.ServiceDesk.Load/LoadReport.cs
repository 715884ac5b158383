using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Crm.Samples.ServiceDesk.Load;

/// <summary>What a load run measured and found.</summary>
/// <param name="Provider">The EF Core provider the desk ran on.</param>
/// <param name="Clients">Concurrent clients.</param>
/// <param name="FlowsPerClient">Flows per client (four writes each).</param>
/// <param name="Timed">Requests in the timed phase (the warm-up flow is checked, not timed).</param>
/// <param name="Writes">Writes answered 2xx (the warm-up flow's included).</param>
/// <param name="Failed">Writes answered otherwise.</param>
/// <param name="Elapsed">Wall-clock time of the client phase.</param>
/// <param name="LatenciesMs">Every request's latency in milliseconds, ascending.</param>
/// <param name="EventRows">Event rows of the run found in the database afterwards.</param>
/// <param name="VersionMismatches">Aggregates whose stored version differs from the last version a write answered.</param>
/// <param name="Resolves">Resolutions answered 2xx.</param>
/// <param name="KpiCases">Resolved cases counted by the run's KPI day rows.</param>
public sealed record LoadReport(
    string Provider, int Clients, int FlowsPerClient, int Timed, int Writes, int Failed, TimeSpan Elapsed, ImmutableArray<double> LatenciesMs,
    int EventRows, int VersionMismatches, int Resolves, long KpiCases)
{
    /// <summary>2xx writes not found in the database (event rows missing, versions behind, KPI observations missing); 0 when nothing was lost.</summary>
    public long Lost => Math.Max(0, Writes - EventRows) + VersionMismatches + Math.Max(0, Resolves - KpiCases);

    /// <summary>Requests per second over the client phase.</summary>
    public double RequestsPerSecond => Timed / Elapsed.TotalSeconds;

    /// <summary>The latency at quantile <paramref name="q"/> (nearest rank), in milliseconds.</summary>
    public double Percentile(double q) =>
        LatenciesMs.IsEmpty ? double.NaN : LatenciesMs[Math.Clamp((int)Math.Ceiling(q * LatenciesMs.Length) - 1, 0, LatenciesMs.Length - 1)];

    /// <summary>The report as printed.</summary>
    public string ToText()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"provider: {Provider}");
        s.AppendLine(inv, $"clients: {Clients} x {FlowsPerClient} flows x 4 writes = {Timed} requests in {Elapsed.TotalSeconds:F2} s (after one untimed warm-up flow)");
        s.AppendLine(inv, $"throughput: {RequestsPerSecond:F0} requests/s; latency p50 {Percentile(0.50):F2} ms, p99 {Percentile(0.99):F2} ms, max {LatenciesMs.LastOrDefault():F2} ms");
        s.AppendLine(inv, $"2xx writes: {Writes}; failed: {Failed}; event rows found: {EventRows}; version mismatches: {VersionMismatches}; resolves {Resolves}, in KPI rows {KpiCases}");
        s.Append(inv, $"lost: {Lost}");
        return s.ToString();
    }
}
