using System.Globalization;
using Crm.Domain.CustomerValue.Models;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Samples.CustomerValue;

/// <summary>The weekly cumulative repeat-transaction tracking of Fader, Hardie &amp; Lee (2005), Figure 2.</summary>
public static class Tracking
{
    /// <summary>Repeat purchases (same-day purchases merged, first purchase excluded) per week, cumulated.</summary>
    public static int[] ActualCumulative(CustomerTransaction<int>[] log, LocalDate start, int weeks)
    {
        var perWeek = new int[weeks];
        foreach (var customer in log.GroupBy(t => t.Customer))
        {
            foreach (var date in customer.Select(t => t.Date).Distinct().Order().Skip(1))
            {
                int week = Period.Between(start, date, PeriodUnits.Days).Days / 7;
                if (week < weeks)
                {
                    perWeek[week]++;
                }
            }
        }

        var cumulative = new int[weeks];
        int running = 0;
        for (int w = 0; w < weeks; w++)
        {
            running += perWeek[w];
            cumulative[w] = running;
        }

        return cumulative;
    }

    /// <summary>Σ over customers of E[X(end of week − first purchase)] for a new customer, per week.</summary>
    public static double[] ExpectedCumulative<TModel>(TModel model, double[] firstPurchaseWeeks, int weeks)
        where TModel : struct, ITransactionModel
    {
        var result = new double[weeks];
        for (int w = 0; w < weeks; w++)
        {
            double sum = 0d;
            foreach (double t0 in firstPurchaseWeeks)
            {
                sum += model.ExpectedTransactionsNewCustomer(Math.Max(0d, w + 1 - t0));
            }

            result[w] = sum;
        }

        return result;
    }

    public static int[] ReadPublished(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
}
