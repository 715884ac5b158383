using System.Globalization;
using Crm.Domain.CustomerValue;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>Loads ../shared/data/cdnow/cdnow_cbs.csv (walking up from the current and the executable's directory).</summary>
internal static class CdnowSummaries
{
    public static CustomerSummary[] Load()
    {
        foreach (var origin in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "shared", "data", "cdnow", "cdnow_cbs.csv");
                if (File.Exists(path))
                {
                    return File.ReadLines(path).Skip(1).Select(line =>
                    {
                        var f = line.Split(',');
                        double P(int i) => double.Parse(f[i].Trim('"'), CultureInfo.InvariantCulture);
                        return CustomerSummary.Create((int)P(1), P(2), P(3), P(5));
                    }).ToArray();
                }
            }
        }

        throw new FileNotFoundException("shared/data/cdnow/cdnow_cbs.csv not found above " + Environment.CurrentDirectory);
    }

    /// <summary>One million CDNOW-like customers (seeded): x geometric-ish, t_x uniform in [0, T], T in [27, 39] weeks.</summary>
    public static CustomerSummary[] Generate(int count)
    {
        var rng = new Random(42);
        var result = new CustomerSummary[count];
        for (int i = 0; i < count; i++)
        {
            double age = 27 + (rng.NextDouble() * 12);
            int x = rng.NextDouble() < 0.6 ? 0 : (int)Math.Min(60, -Math.Log(1 - rng.NextDouble()) * 3) + 1;
            result[i] = CustomerSummary.Create(x, x == 0 ? 0 : rng.NextDouble() * age, age, x == 0 ? 0 : 10 + (rng.NextDouble() * 50));
        }

        return result;
    }
}
