using Crm.Domain.CustomerValue.Summaries;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

/// <summary>The summariser reproduces the published CDNOW summary (cdnow_cbs.csv, from R's BTYD) from its event log.</summary>
public class CdnowSummaryTests
{
    private static readonly SummaryOptions Options =
        SummaryOptions.Create(CdnowData.CalibrationEnd, CdnowData.HoldoutEnd, SummaryPeriod.Week);

    [Fact]
    public void Summarize_CdnowElog_EqualsPublishedCbsForEveryCustomer()
    {
        var result = CustomerSummarizer.Summarize<int>(CdnowData.ElogTransactions(), Options);
        var expected = CdnowData.Cbs();

        Assert.Equal(2357, expected.Count);
        Assert.Equal(expected.Count, result.Count);
        Assert.Equal(6919, result.TransactionCount);
        Assert.Equal(0, result.CustomersFirstSeenInHoldout);
        foreach (var row in result.Rows)
        {
            var e = expected[row.Customer];
            var s = row.Summary;
            Assert.Equal(e.X, s.Frequency);
            Assert.Equal(e.XStar, row.HoldoutFrequency);
            Assert.True(Math.Abs(e.Tx - s.Recency) <= 1e-9, $"customer {row.Customer}: t.x {s.Recency} vs {e.Tx}");
            Assert.True(Math.Abs(e.T - s.Age) <= 1e-9, $"customer {row.Customer}: T.cal {s.Age} vs {e.T}");
            Assert.True(Math.Abs(e.Mx - s.MonetaryValue) <= 1e-9, $"customer {row.Customer}: m.x {s.MonetaryValue} vs {e.Mx}");
        }
    }

    [Fact]
    public void Summarize_CdnowElog_MatchesReadmeTotals()
    {
        // ../shared/data/cdnow/README.md: sum of x = 2,457; 946 customers with x > 0; sum of x.star = 1,882.
        var result = CustomerSummarizer.Summarize<int>(CdnowData.ElogTransactions(), Options);

        Assert.Equal(2457, result.TotalFrequency);
        Assert.Equal(946, result.Summaries.Count(s => s.Frequency > 0));
        Assert.Equal(1882, result.TotalHoldoutFrequency);
    }

    [Fact]
    public void Summarize_CdnowElog_FirstCustomerHasPublishedAge()
    {
        // Customer 1 bought first on 1997-01-01: 272 days to the inclusive end 1997-09-30, T.cal = 272 / 7.
        var result = CustomerSummarizer.Summarize<int>(CdnowData.ElogTransactions(), Options);
        var first = result.Rows.Single(r => r.Customer == 1);

        Assert.Equal(new NodaTime.LocalDate(1997, 1, 1), first.FirstPurchase);
        Assert.Equal(272d / 7d, first.Summary.Age);
    }

    [Fact]
    public void Summarize_CdnowElogInFourShuffledPartitions_EqualsOnePass()
    {
        var log = CdnowData.ElogTransactions();
        var whole = CustomerSummarizer.Summarize<int>(log, Options);
        var random = new Random(42);
        var parts = Enumerable.Range(0, 4).Select(_ => new CustomerSummaryBuilder<int>(Options)).ToArray();
        foreach (var t in log.OrderBy(_ => random.Next()))
        {
            parts[random.Next(parts.Length)].Add(t);
        }

        var merged = CustomerSummaryBuilder<int>.Combine(CustomerSummaryBuilder<int>.Combine(parts[0], parts[1]), CustomerSummaryBuilder<int>.Combine(parts[2], parts[3])).Build();
        var byCustomer = merged.Rows.ToDictionary(r => r.Customer);

        Assert.Equal(whole.Count, merged.Count);
        foreach (var row in whole.Rows)
        {
            var other = byCustomer[row.Customer];
            Assert.Equal(row.Summary.Frequency, other.Summary.Frequency);
            Assert.Equal(row.Summary.Recency, other.Summary.Recency);
            Assert.Equal(row.Summary.Age, other.Summary.Age);
            Assert.Equal(row.HoldoutFrequency, other.HoldoutFrequency);
            Assert.Equal(row.Summary.MonetaryValue, other.Summary.MonetaryValue, 9);
            Assert.Equal(row.HoldoutSpend, other.HoldoutSpend, 9);
        }
    }
}
