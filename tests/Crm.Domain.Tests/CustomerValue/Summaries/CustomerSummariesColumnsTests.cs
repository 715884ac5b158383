using System.Runtime.InteropServices;
using Crm.Domain.CustomerValue.Summaries;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

/// <summary>The result's columns (issue 18 item 5: no field held twice) and the row view built from them: on every
/// path that builds summaries, row i is the columns' values at i, and the view is built once.</summary>
public class CustomerSummariesColumnsTests
{
    private static IEnumerable<CustomerSummaries<int>> EveryPath(TransactionLogCase log)
    {
        var lines = log.Shuffled().ToArray();
        var builder = new CustomerSummaryBuilder<int>(log.Options);
        builder.AddRange(lines.AsSpan());
        yield return builder.Build();
        if (lines.Length > 0)
        {
            yield return CustomerSummarizer.Summarize(lines, log.Options);
            yield return CustomerSummarizer.Summarize(lines, log.Options, 2);
        }
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool RowsAreTheColumns_IndexForIndex(TransactionLogCase log)
    {
        foreach (var result in EveryPath(log))
        {
            var rows = result.Rows;
            var n = result.Count;
            if (rows.Length != n || result.Customers.Length != n || result.FirstPurchases.Length != n
                || result.HoldoutFrequencies.Length != n || result.HoldoutSpends.Length != n)
            {
                return false;
            }

            for (var i = 0; i < n; i++)
            {
                var row = rows[i];
                if (row.Customer != result.Customers[i] || row.FirstPurchase != result.FirstPurchases[i]
                    || row.Summary != result.Summaries[i] || row.HoldoutFrequency != result.HoldoutFrequencies[i]
                    || BitConverter.DoubleToInt64Bits(row.HoldoutSpend) != BitConverter.DoubleToInt64Bits(result.HoldoutSpends[i]))
                {
                    return false;
                }
            }

            if (result.TotalFrequency != result.Summaries.Sum(s => (long)s.Frequency)
                || result.TotalHoldoutFrequency != result.HoldoutFrequencies.Sum(h => (long)h))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 100)]
    public bool RowsAreBuiltOnce(TransactionLogCase log)
    {
        foreach (var result in EveryPath(log))
        {
            var first = ImmutableCollectionsMarshal.AsArray(result.Rows);
            if (!ReferenceEquals(first, ImmutableCollectionsMarshal.AsArray(result.Rows)))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void ConcurrentFirstCalls_AllGetTheOneArrayKept()
    {
        var log = Enumerable.Range(0, 5_000)
            .Select(i => CustomerTransaction<int>.Create(1 + (i % 1_000), TransactionLogCase.Start.PlusDays(i % 40), 1d + i))
            .ToArray();
        var options = SummaryOptions.Create(TransactionLogCase.Start.PlusDays(45), TransactionLogCase.Start.PlusDays(75), SummaryPeriod.Day);
        for (var round = 0; round < 20; round++)
        {
            var result = CustomerSummarizer.Summarize(log, options);
            var seen = new CustomerSummaryRow<int>[]?[8];
            Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k => seen[k] = ImmutableCollectionsMarshal.AsArray(result.Rows));
            Assert.Equal(1_000, result.Count);
            Assert.All(seen, s => Assert.Same(seen[0], s));
        }
    }
}
