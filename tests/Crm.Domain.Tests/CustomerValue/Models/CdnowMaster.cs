using System.Globalization;
using System.IO.Compression;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// The full CDNOW cohort (cdnow_master.txt from ../shared/data/cdnow, gzipped unchanged into TestData/Cdnow: 69,659
/// transactions of 23,570 customers), summarised with the published recipe (same-day merging, weeks, calibration to
/// 1997-09-30, holdout to 1998-06-30). Loaded once per test run.
/// </summary>
public static class CdnowMaster
{
    private static readonly Lazy<CustomerSummaries<int>> Data = new(Load);

    public static CustomerSummaries<int> Summaries => Data.Value;

    private static CustomerSummaries<int> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Cdnow", "cdnow_master.txt.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var log = new List<CustomerTransaction<int>>(70_000);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split([' ', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 4)
            {
                continue;
            }

            var d = f[1];
            var date = new LocalDate(int.Parse(d.AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(d.AsSpan(4, 2), CultureInfo.InvariantCulture), int.Parse(d.AsSpan(6, 2), CultureInfo.InvariantCulture));
            log.Add(CustomerTransaction<int>.Create(int.Parse(f[0], CultureInfo.InvariantCulture), date, double.Parse(f[3], CultureInfo.InvariantCulture)));
        }

        return CustomerSummarizer.Summarize(log.ToArray(), SummaryOptions.Create(new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30)));
    }
}
