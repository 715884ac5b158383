using System.Globalization;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Samples.Cluster.Workloads;

/// <summary>The CDNOW sample log (BTYD's data set, 2,357 customers; copied next to the executable) as transactions
/// keyed <c>cdnow-&lt;sampleid&gt;</c>, and how to split it into partitions.</summary>
public static class Cdnow
{
    /// <summary>The summary options of the published analyses: calibration to 1997-09-30, observation to 1998-06-30.</summary>
    public static SummaryOptions Options { get; } = SummaryOptions.Create(new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30));

    /// <summary>The log's path next to the executable.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "cdnow_elog.csv");

    /// <summary>Reads the log (masterid,sampleid,date,cds,sales).</summary>
    public static CustomerTransaction<string>[] Read(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split(',');
            var d = f[2];
            var date = new LocalDate(int.Parse(d[..4], CultureInfo.InvariantCulture), int.Parse(d[4..6], CultureInfo.InvariantCulture), int.Parse(d[6..8], CultureInfo.InvariantCulture));
            return CustomerTransaction<string>.Create($"cdnow-{f[1]}", date, double.Parse(f[4], CultureInfo.InvariantCulture));
        })];

    /// <summary>Splits the log into <paramref name="count"/> partitions row by row (round robin), so one customer's
    /// transactions land in several partitions — the merge must still be exact.</summary>
    public static IReadOnlyList<CustomerTransaction<string>[]> Partition(CustomerTransaction<string>[] log, int count)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return [.. Enumerable.Range(0, count).Select(p => log.Where((_, i) => i % count == p).ToArray())];
    }
}
