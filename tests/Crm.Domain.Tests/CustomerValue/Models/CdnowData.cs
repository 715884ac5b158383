using System.Globalization;
using Crm.Domain.CustomerValue;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// The CDNOW 1-in-10 sample summary (cdnow_cbs.csv, copied unchanged from ../shared/data/cdnow, as distributed with
/// R's BTYD): x, t.x, T.cal, x.star, m.x per customer. Loaded once per test run.
/// </summary>
public static class CdnowData
{
    private static readonly Lazy<(CustomerSummary[] Summaries, int[] Holdout)> Data = new(Load);

    public static CustomerSummary[] Summaries => Data.Value.Summaries;

    public static int[] HoldoutTransactions => Data.Value.Holdout;

    private static (CustomerSummary[], int[]) Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Cdnow", "cdnow_cbs.csv");
        var summaries = new List<CustomerSummary>();
        var holdout = new List<int>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            double P(int i) => double.Parse(f[i].Trim('"'), CultureInfo.InvariantCulture);
            summaries.Add(CustomerSummary.Create((int)P(1), P(2), P(3), P(5)));
            holdout.Add((int)P(4));
        }

        return (summaries.ToArray(), holdout.ToArray());
    }
}
