using System.Globalization;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>
/// The customer-value benchmarks' inputs, one helper for all: CDNOW itself (<see cref="Load"/>, from
/// ../shared/data/cdnow/cdnow_cbs.csv, walking up from the current and the executable's directory), the 1M
/// CDNOW-like summaries drawn from the CDNOW BG/NBD (<see cref="Simulated"/>) and the cruder seeded set of the CLV and
/// per-customer scoring rows (<see cref="Generate"/>). Seeds and shapes are those every published figure used.
/// </summary>
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

    /// <summary>
    /// <paramref name="count"/> customers drawn (seeded) from the CDNOW BG/NBD (Fader, Hardie &amp; Lee 2005) with
    /// continuous ages uniform in [27, 39] weeks: about 60 % without a repeat purchase, continuous recency and age, every
    /// row distinct. The input of the 1M scoring and fit rows (ages from seed 7, the draws from seed 11).
    /// </summary>
    public static CustomerSummary[] Simulated(int count)
    {
        var rng = new Random(7);
        var ages = new double[count];
        for (int i = 0; i < count; i++)
        {
            ages[i] = 27 + (rng.NextDouble() * 12);
        }

        var customers = new CustomerSummary[count];
        BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667).Simulate(ages, 11, customers);
        return customers;
    }
}
