using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Domain.Benchmarks.CustomerValue.Summaries;

/// <summary>Reference paths: the previous one-shot path, and the naive way (LINQ GroupBy customer, then GroupBy day, as
/// most ports of the BTYD recipe do it).</summary>
internal static class SummaryBaselines
{
    /// <summary>The one-shot summary before issue 18 (the builder: hash shards and an occasion chain), kept callable
    /// as the reference for the dense accumulator.</summary>
    public static int PreviousPath<TCustomer>(CustomerTransaction<TCustomer>[] log, SummaryOptions options)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        var builder = new CustomerSummaryBuilder<TCustomer>(options);
        builder.AddRange(log.AsSpan());
        return builder.Build().Count;
    }

    public static List<(TCustomer Customer, CustomerSummary Summary, int HoldoutFrequency)> LinqGroupBy<TCustomer>(
        CustomerTransaction<TCustomer>[] log, LocalDate calibrationEnd, double periodDays)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        var result = new List<(TCustomer, CustomerSummary, int)>();
        foreach (var customer in log.GroupBy(t => t.Customer))
        {
            var days = customer.GroupBy(t => t.Date).Select(g => (Date: g.Key, Spend: g.Sum(t => t.Amount))).OrderBy(d => d.Date).ToList();
            var first = days[0].Date;
            if (first > calibrationEnd)
            {
                continue;
            }

            var cal = days.Where(d => d.Date <= calibrationEnd).ToList();
            var x = cal.Count - 1;
            var summary = CustomerSummary.Create(
                x,
                x == 0 ? 0 : Period.DaysBetween(first, cal[^1].Date) / periodDays,
                Period.DaysBetween(first, calibrationEnd) / periodDays,
                x == 0 ? 0 : cal.Skip(1).Sum(d => d.Spend) / x);
            result.Add((customer.Key, summary, days.Count(d => d.Date > calibrationEnd)));
        }

        return result;
    }
}
