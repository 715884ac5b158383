using System.Globalization;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

/// <summary>Reads the CDNOW sample shipped in TestData/Cdnow (copied from ../shared/data/cdnow, BTYD's data set).</summary>
internal static class CdnowData
{
    public static readonly LocalDate CalibrationEnd = new(1997, 9, 30);
    public static readonly LocalDate HoldoutEnd = new(1998, 6, 30);

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "Cdnow", file);

    /// <summary>The event log: sampleid, date (YYYYMMDD), sales.</summary>
    public static CustomerTransaction<int>[] ElogTransactions() =>
        File.ReadLines(PathOf("cdnow_elog.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(f => CustomerTransaction<int>.Create(
                int.Parse(f[1], CultureInfo.InvariantCulture),
                new LocalDate(int.Parse(f[2].AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(f[2].AsSpan(4, 2), CultureInfo.InvariantCulture), int.Parse(f[2].AsSpan(6, 2), CultureInfo.InvariantCulture)),
                double.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToArray();

    /// <summary>The published customer-by-sufficient-statistic table: ID -> (x, t.x, T.cal, x.star, m.x).</summary>
    public static Dictionary<int, (int X, double Tx, double T, int XStar, double Mx)> Cbs() =>
        File.ReadLines(PathOf("cdnow_cbs.csv"))
            .Skip(1)
            .Select(line => line.Replace("\"", string.Empty, StringComparison.Ordinal).Split(','))
            .ToDictionary(
                f => int.Parse(f[0], CultureInfo.InvariantCulture),
                f => (
                    int.Parse(f[1], CultureInfo.InvariantCulture),
                    double.Parse(f[2], CultureInfo.InvariantCulture),
                    double.Parse(f[3], CultureInfo.InvariantCulture),
                    int.Parse(f[4], CultureInfo.InvariantCulture),
                    double.Parse(f[5], CultureInfo.InvariantCulture)));
}
