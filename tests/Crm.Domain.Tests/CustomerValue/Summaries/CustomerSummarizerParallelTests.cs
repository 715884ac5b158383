using System.Collections.Immutable;
using Crm.Domain.CustomerValue.Summaries;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

/// <summary>The one-shot summariser's dense accumulator and its partition-then-merge path (issue 18 items 2 and 5):
/// the same rows as the builder (the previous path), and the same bits in the same order on any number of threads.</summary>
public class CustomerSummarizerParallelTests
{
    /// <summary>The log in shuffled order with non-integral amounts (cents plus a third), so that sums round and
    /// only the same additions in the same order give the same bits.</summary>
    private static CustomerTransaction<int>[] Rounding(TransactionLogCase log) =>
        Enumerable.Range(0, log.Lines.Length)
            .OrderBy(i => log.Lines[i].ShuffleKey)
            .Select(i => CustomerTransaction<int>.Create(
                log.Lines[i].Customer,
                TransactionLogCase.Start.PlusDays(log.Lines[i].Day),
                (log.Lines[i].Amount / 100d) + (1d / 3d)))
            .ToArray();

    private static bool SameBits(CustomerSummaries<int> a, CustomerSummaries<int> b) =>
        a.Rows.SequenceEqual(b.Rows)
        && a.Summaries.SequenceEqual(b.Summaries)
        && a.TransactionCount == b.TransactionCount
        && a.CustomersFirstSeenInHoldout == b.CustomersFirstSeenInHoldout
        && a.TotalFrequency == b.TotalFrequency
        && a.TotalHoldoutFrequency == b.TotalHoldoutFrequency;

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool Summarize_EqualsTheBuilder_RowForRow(TransactionLogCase log)
    {
        var lines = Rounding(log);
        if (lines.Length == 0)
        {
            return true;
        }

        var builder = new CustomerSummaryBuilder<int>(log.Options);
        builder.AddRange(lines.AsSpan());
        var previous = builder.Build();
        var now = CustomerSummarizer.Summarize(lines, log.Options);
        return CustomerSummaryBuilderPropertyTests.Sorted(previous).SequenceEqual(CustomerSummaryBuilderPropertyTests.Sorted(now))
            && previous.CustomersFirstSeenInHoldout == now.CustomersFirstSeenInHoldout
            && previous.TransactionCount == now.TransactionCount;
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool PipelinedLookups_EqualThePlainLoop_BitForBit(TransactionLogCase log)
    {
        // The accumulator prefetches ahead where the processor can (x86); elsewhere it runs the plain loop. Both
        // loops on this machine, over logs shorter and longer than the prefetch window (0 to 120 rows), with
        // customers out of date order (the recount) and rows of one customer in a run (the same-customer path).
        var lines = Rounding(log);
        var runs = lines.OrderBy(t => t.Customer).ToArray();
        return Same(lines) && Same(runs);

        bool Same(CustomerTransaction<int>[] rows)
        {
            if (rows.Length == 0)
            {
                return true;
            }

            var plain = new SummaryAccumulator<int>(log.Options, trackFirstRows: true, rows.Length) { Pipelined = false };
            var pipelined = new SummaryAccumulator<int>(log.Options, trackFirstRows: true, rows.Length);
            plain.Apply(rows, new RangeRows(0, rows.Length), check: true);
            pipelined.Apply(rows, new RangeRows(0, rows.Length), check: true);
            return plain.Count == pipelined.Count && Written(plain).SequenceEqual(Written(pipelined));
        }

        ImmutableArray<CustomerSummaryRow<int>> Written(SummaryAccumulator<int> accumulator)
        {
            var columns = new SummaryColumns<int>(accumulator.CountIncluded());
            accumulator.Write(columns, 0, null);
            return columns.ToSummaries(log.Options, 0, 0).Rows;
        }
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool Summarize_RowsFollowEachCustomersFirstTransaction(TransactionLogCase log)
    {
        var lines = Rounding(log);
        if (lines.Length == 0)
        {
            return true;
        }

        var result = CustomerSummarizer.Summarize(lines, log.Options);
        var expected = lines
            .Select(t => t.Customer)
            .Distinct()
            .Where(c => result.Rows.Any(r => r.Customer == c));
        return result.Rows.Select(r => r.Customer).SequenceEqual(expected)
            && result.Rows.Select(r => r.Summary).SequenceEqual(result.Summaries);
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool Partitioned_EqualsSingleThreaded_ForDegreesOneToFour(TransactionLogCase log)
    {
        var lines = Rounding(log);
        if (lines.Length == 0)
        {
            return true;
        }

        // The partition path directly: the public overload keeps logs of one block on the calling thread.
        var single = CustomerSummarizer.Summarize(lines, log.Options);
        return Enumerable.Range(1, 4).All(degree => SameBits(single, SummaryPartitions.Summarize<int>(lines, log.Options, degree)));
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool Partitioned_OverManyPartitions_EqualsSingleThreadedAndTheBuilder(TransactionLogCase log)
    {
        // Up to 32 customers (the case's customer and partition number make the key), so that keys fall into most of
        // the 16 hash partitions and a worker holds several; shuffled, so rows come out of date order, with ties.
        var lines = Rounding(log)
            .Select((t, i) => CustomerTransaction<int>.Create((t.Customer * 4) + log.Lines[i % log.Lines.Length].Partition, t.Date, t.Amount))
            .ToArray();
        if (lines.Length == 0)
        {
            return true;
        }

        var single = CustomerSummarizer.Summarize(lines, log.Options);
        var builder = new CustomerSummaryBuilder<int>(log.Options);
        builder.AddRange(lines.AsSpan());
        return Enumerable.Range(1, 4).All(degree => SameBits(single, SummaryPartitions.Summarize<int>(lines, log.Options, degree)))
            && CustomerSummaryBuilderPropertyTests.Sorted(builder.Build()).SequenceEqual(CustomerSummaryBuilderPropertyTests.Sorted(single));
    }

    [Fact]
    public void Parallel_OnALogOfManyBlocks_EqualsSingleThreaded()
    {
        // 100,000 rows over 30,000 customers, mostly in date order with one row in 50 out of order, amounts in cents.
        var random = new Random(18_05);
        var start = new LocalDate(2024, 1, 1);
        var options = SummaryOptions.Create(start.PlusDays(199), start.PlusDays(299), SummaryPeriod.Week);
        var log = new CustomerTransaction<long>[100_000];
        for (var i = 0; i < log.Length; i++)
        {
            var day = random.Next(50) == 0 ? random.Next(300) : i * 300 / log.Length;
            log[i] = CustomerTransaction<long>.Create(random.Next(30_000) * 7919L, start.PlusDays(day), random.Next(1, 20_000) / 100d);
        }

        var single = CustomerSummarizer.Summarize(log, options);
        Assert.True(single.Count > 25_000);
        // 16 and 17: a worker per partition, and more threads than partitions.
        foreach (var degree in new[] { 1, 2, 3, 4, 16, 17 })
        {
            var parallel = CustomerSummarizer.Summarize(log, options, degree);
            // (ImmutableArray's own equality is by reference: compare the elements.)
            Assert.Equal(single.Rows.ToArray(), parallel.Rows.ToArray());
            Assert.Equal(single.Summaries.ToArray(), parallel.Summaries.ToArray());
            Assert.Equal(single.CustomersFirstSeenInHoldout, parallel.CustomersFirstSeenInHoldout);
        }

        var builder = new CustomerSummaryBuilder<long>(options);
        builder.AddRange(log.AsSpan());
        Assert.Equal(builder.Build().Rows.OrderBy(r => r.Customer), single.Rows.OrderBy(r => r.Customer));
    }

    [Fact]
    public void Parallel_RefusesTheSameFirstRowAsSingleThreaded()
    {
        var start = new LocalDate(2024, 1, 1);
        var options = SummaryOptions.Create(start.PlusDays(99));
        var log = Enumerable.Range(0, 40_000)
            .Select(i => CustomerTransaction<string>.Create("c" + (i % 5_000), start.PlusDays(i % 100), 1d))
            .ToArray();

        // Two bad rows in different blocks: the later one is a date after the end, the earlier a null key.
        log[30_000] = CustomerTransaction<string>.Create("c7", start.PlusDays(100), 1d);
        log[20_000] = default;
        var single = Assert.ThrowsAny<ArgumentException>(() => CustomerSummarizer.Summarize(log, options));
        var parallel = Assert.ThrowsAny<ArgumentException>(() => CustomerSummarizer.Summarize(log, options, 2));
        Assert.Equal(single.Message, parallel.Message);
        Assert.Equal(single.ParamName, parallel.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSummarizer.Summarize(log, options, 0));
    }
}
