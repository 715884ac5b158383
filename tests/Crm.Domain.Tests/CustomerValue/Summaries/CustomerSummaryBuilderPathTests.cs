using Crm.Domain.CustomerValue.Summaries;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

/// <summary>The builder's internal paths (one table or 256 shards; a batch applied in row order or grouped by shard;
/// the date cache) all give the same summaries. The thresholds that pick a path are lowered so that small logs take
/// every path.</summary>
public class CustomerSummaryBuilderPathTests
{
    private static CustomerSummaryRow<int>[] Sorted(CustomerSummaries<int> result) =>
        result.Rows.OrderBy(r => r.Customer).ToArray();

    private static CustomerSummaryBuilder<int> Forced(SummaryOptions options, int shardingThreshold, int groupingThreshold) =>
        new(options) { ShardingThreshold = shardingThreshold, GroupingThreshold = groupingThreshold };

    private static bool SameResult(CustomerSummaries<int> expected, CustomerSummaries<int> actual) =>
        Sorted(expected).SequenceEqual(Sorted(actual))
        && expected.TransactionCount == actual.TransactionCount
        && expected.CustomersFirstSeenInHoldout == actual.CustomersFirstSeenInHoldout
        && expected.Summaries.SequenceEqual(expected.Rows.Select(r => r.Summary))
        && actual.Summaries.SequenceEqual(actual.Rows.Select(r => r.Summary));

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool EveryBatchPath_EqualsPerRowAdds(TransactionLogCase log)
    {
        var rows = log.Shuffled().ToArray();
        var perRow = new CustomerSummaryBuilder<int>(log.Options);
        foreach (var t in rows)
        {
            perRow.Add(t);
        }

        var expected = perRow.Build();
        var paths = new (int Sharding, int Grouping)[] { (1 << 16, 1 << 18), (1, 1 << 18), (1 << 16, 1), (3, 1) };
        return paths.All(p =>
        {
            var batch = Forced(log.Options, p.Sharding, p.Grouping);
            batch.AddRange(rows.AsSpan());
            return SameResult(expected, batch.Build()) && batch.CustomerCount == perRow.CustomerCount;
        });
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool CustomerGroupedBatch_EqualsNaiveReference(TransactionLogCase log)
    {
        // Sorted by customer: the batch reserves room for its customers and reuses each customer's lookup.
        var options = SummaryOptions.Create(log.Options.CalibrationEnd, log.Options.HoldoutEnd, log.Period, TransactionMerging.SameDay);
        var rows = log.Shuffled().OrderBy(t => t.Customer).ToArray();
        var builder = new CustomerSummaryBuilder<int>(options);
        builder.AddRange(rows.AsSpan());
        return Sorted(builder.Build()).SequenceEqual(CustomerSummaryBuilderPropertyTests.NaiveReference(log.All(), options));
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool MergingShardedWithSingleTableBuilders_EqualsOnePass(TransactionLogCase log)
    {
        var whole = new CustomerSummaryBuilder<int>(log.Options);
        whole.AddRange(log.All().ToArray().AsSpan());

        // Partitions 0 and 2 shard from their first customer, 1 and 3 keep one table; the merged builder shards
        // part way through the merges.
        var parts = Enumerable.Range(0, 4).Select(p =>
        {
            var part = Forced(log.Options, p % 2 == 0 ? 1 : 1 << 16, p == 2 ? 1 : 1 << 18);
            part.AddRange(log.ShuffledPartition(p).ToArray().AsSpan());
            return part;
        }).ToArray();
        var merged = Forced(log.Options, 4, 1 << 18);
        foreach (var part in parts)
        {
            merged.Merge(part);
        }

        return SameResult(whole.Build(), merged.Build())
            && SameResult(whole.Build(), parts.Aggregate(CustomerSummaryBuilder<int>.Combine).Build());
    }

    [Fact]
    public void GroupedBatch_OneBadTransaction_AddsNothing()
    {
        var options = SummaryOptions.Create(new LocalDate(2024, 1, 31));
        var builder = Forced(options, 1, 1);
        var batch = Enumerable.Range(0, 50)
            .Select(i => CustomerTransaction<int>.Create(i % 7, new LocalDate(2024, 1, 1).PlusDays(i % 40), 1d))
            .ToArray();

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRange(batch.AsSpan()));

        // Row 31 is the first dated after 2024-01-31 (day 31 = 2024-02-01), customer 31 % 7 = 3.
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("customer 3 ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.TransactionCount);
        Assert.Equal(0, builder.CustomerCount);
        Assert.Empty(builder.Build().Rows);
    }

    [Fact]
    public void ManyDistinctDates_EqualNaiveReference()
    {
        // 4,000 distinct dates over eleven years: more than the date cache holds, so its slots are overwritten and
        // refilled; customers grouped, then shuffled.
        var start = new LocalDate(2010, 1, 1);
        var options = SummaryOptions.Create(start.PlusDays(2999), start.PlusDays(3999), SummaryPeriod.Week);
        var random = new Random(7);
        var log = Enumerable.Range(0, 6000)
            .Select(i => CustomerTransaction<int>.Create(random.Next(40), start.PlusDays(random.Next(4000)), (double)random.Next(1, 100)))
            .ToArray();
        var expected = CustomerSummaryBuilderPropertyTests.NaiveReference(log, options);

        foreach (var order in new[] { log, log.OrderBy(t => t.Customer).ToArray(), log.OrderBy(t => t.Date).ToArray() })
        {
            var builder = Forced(options, 8, 1 << 18);
            builder.AddRange(order.AsSpan());
            Assert.Equal(expected, Sorted(builder.Build()));
        }
    }

    [Fact]
    public void CustomerIdKeys_AllPaths_AgreeWithIntKeys()
    {
        var start = new LocalDate(2020, 1, 1);
        var options = SummaryOptions.Create(start.PlusDays(199), start.PlusDays(299));
        var random = new Random(11);
        var log = Enumerable.Range(0, 3000)
            .Select(_ => (Customer: random.Next(500), Day: random.Next(300), Amount: random.Next(1, 50)))
            .ToArray();
        var ints = new CustomerSummaryBuilder<int>(options);
        ints.AddRange(log.Select(l => CustomerTransaction<int>.Create(l.Customer, start.PlusDays(l.Day), (double)l.Amount)).ToArray().AsSpan());
        var expected = Sorted(ints.Build());

        var ids = log.Select(l => CustomerTransaction<Crm.Domain.Primitives.CustomerId>.Create(
            Crm.Domain.Primitives.CustomerId.Of(l.Customer.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), start.PlusDays(l.Day), (double)l.Amount)).ToArray();
        foreach (var (sharding, grouping) in new[] { (1 << 16, 1 << 18), (1, 1) })
        {
            var builder = new CustomerSummaryBuilder<Crm.Domain.Primitives.CustomerId>(options) { ShardingThreshold = sharding, GroupingThreshold = grouping };
            builder.AddRange(ids.AsSpan());
            var actual = builder.Build().Rows.OrderBy(r => r.Customer).ToArray();
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i].Customer, int.Parse(actual[i].Customer.Value, System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(expected[i].Summary, actual[i].Summary);
                Assert.Equal(expected[i].HoldoutFrequency, actual[i].HoldoutFrequency);
                Assert.Equal(expected[i].HoldoutSpend, actual[i].HoldoutSpend);
                Assert.Equal(expected[i].FirstPurchase, actual[i].FirstPurchase);
            }
        }
    }
}
