using Crm.Domain.CustomerValue.Summaries;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

public class CustomerSummaryBuilderPropertyTests
{
    internal static CustomerSummaryRow<int>[] Sorted(CustomerSummaries<int> result) =>
        result.Rows.OrderBy(r => r.Customer).ToArray();

    internal static CustomerSummaryBuilder<int> BuilderOf(SummaryOptions options, IEnumerable<CustomerTransaction<int>> log)
    {
        var builder = new CustomerSummaryBuilder<int>(options);
        foreach (var t in log)
        {
            builder.Add(t);
        }

        return builder;
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool CombinedPartitions_EqualOnePassOverTheWhole(TransactionLogCase log)
    {
        var whole = BuilderOf(log.Options, log.All()).Build();
        var parts = Enumerable.Range(0, 4)
            .Select(p => BuilderOf(log.Options, log.ShuffledPartition(p)))
            .ToArray();
        var merged = parts.Aggregate(CustomerSummaryBuilder<int>.Combine).Build();

        return Sorted(whole).SequenceEqual(Sorted(merged))
            && whole.TransactionCount == merged.TransactionCount
            && whole.CustomersFirstSeenInHoldout == merged.CustomersFirstSeenInHoldout;
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool ShuffledOrder_EqualsDateOrder(TransactionLogCase log)
    {
        var ordered = BuilderOf(log.Options, log.All().OrderBy(t => t.Date)).Build();
        var shuffled = BuilderOf(log.Options, log.Shuffled()).Build();
        return Sorted(ordered).SequenceEqual(Sorted(shuffled));
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 100)]
    public bool Combine_IsCommutativeAndHasEmptyIdentity(TransactionLogCase log)
    {
        var a = BuilderOf(log.Options, log.All().Where((_, i) => i % 2 == 0));
        var b = BuilderOf(log.Options, log.All().Where((_, i) => i % 2 == 1));
        var empty = new CustomerSummaryBuilder<int>(log.Options);
        var ab = Sorted(CustomerSummaryBuilder<int>.Combine(a, b).Build());
        var ba = Sorted(CustomerSummaryBuilder<int>.Combine(b, a).Build());
        return ab.SequenceEqual(ba)
            && Sorted(CustomerSummaryBuilder<int>.Combine(empty, a).Build()).SequenceEqual(Sorted(a.Build()))
            && Sorted(CustomerSummaryBuilder<int>.Combine(a, empty).Build()).SequenceEqual(Sorted(a.Build()));
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool Summaries_HoldTheInvariants(TransactionLogCase log)
    {
        var result = BuilderOf(log.Options, log.Shuffled()).Build();
        return result.Rows.All(r =>
            r.Summary.Recency >= 0 && r.Summary.Recency <= r.Summary.Age
            && (r.Summary.Frequency > 0 || (r.Summary.Recency == 0 && r.Summary.MonetaryValue == 0))
            && r.HoldoutFrequency >= 0 && r.HoldoutSpend >= 0)
            && result.Summaries.SequenceEqual(result.Rows.Select(r => r.Summary));
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool SameDayMerging_EqualsNaiveReference(TransactionLogCase log)
    {
        var options = SummaryOptions.Create(log.Options.CalibrationEnd, log.Options.HoldoutEnd, log.Period, TransactionMerging.SameDay);
        var actual = BuilderOf(options, log.Shuffled()).Build();
        var expected = NaiveReference(log.All(), options);
        return Sorted(actual).SequenceEqual(expected);
    }

    /// <summary>The BTYD recipe written the obvious way (group by customer, then by day), independent of the builder.</summary>
    internal static CustomerSummaryRow<int>[] NaiveReference(IEnumerable<CustomerTransaction<int>> log, SummaryOptions options)
    {
        var calEnd = options.CalibrationEnd;
        var length = options.PeriodLengthInDays;
        var rows = new List<CustomerSummaryRow<int>>();
        foreach (var customer in log.GroupBy(t => t.Customer).OrderBy(g => g.Key))
        {
            var days = customer.GroupBy(t => t.Date).Select(g => (Date: g.Key, Spend: g.Sum(t => t.Amount))).OrderBy(d => d.Date).ToList();
            var first = days[0].Date;
            if (first > calEnd)
            {
                continue;
            }

            var cal = days.Where(d => d.Date <= calEnd).ToList();
            var hold = days.Where(d => d.Date > calEnd).ToList();
            var x = cal.Count - 1;
            var summary = Crm.Domain.CustomerValue.CustomerSummary.Create(
                x,
                x == 0 ? 0 : NodaTime.Period.DaysBetween(first, cal[^1].Date) / length,
                NodaTime.Period.DaysBetween(first, calEnd) / length,
                x == 0 ? 0 : cal.Skip(1).Sum(d => d.Spend) / x);
            rows.Add(new CustomerSummaryRow<int>(customer.Key, first, summary, hold.Count, hold.Sum(d => d.Spend)));
        }

        return rows.ToArray();
    }
}
