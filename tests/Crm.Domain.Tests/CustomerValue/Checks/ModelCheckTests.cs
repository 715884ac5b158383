using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Checks;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Tests.CustomerValue.Models;
using NodaTime;
using SummaryData = Crm.Domain.Tests.CustomerValue.Summaries.CdnowData;

namespace Crm.Domain.Tests.CustomerValue.Checks;

/// <summary>
/// Issue 14, item 3: the model checks as data, on the CDNOW data (../shared/data/cdnow). Published values: the BTYD
/// walkthrough's BG/NBD and Pareto/NBD parameters and predictions, and the cumulative tracking of the 1-in-10 sample.
/// </summary>
public class ModelCheckTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // BTYD walkthrough, full precision (Fader, Hardie & Lee 2005 on the 2,357-customer sample).
    private static readonly BgNbdModel Bg = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    private static readonly ParetoNbdModel Pn = ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);

    private static readonly Lazy<CustomerSummaries<int>> Sample = new(() =>
        CustomerSummarizer.Summarize(SummaryData.ElogTransactions(), SummaryOptions.Create(SummaryData.CalibrationEnd, SummaryData.HoldoutEnd)));

    private static readonly Lazy<ModelCheck> MasterBgNbd = new(() => ModelCheck.Run(BgNbdModel.Fit(CdnowMaster.Summaries), CdnowMaster.Summaries));

    [Fact]
    public void The_check_reports_the_master_cohort_under_prediction_as_bias()
    {
        // Issue 14: on the 23,570-customer master cohort BG/NBD under-predicts the 39-week holdout by 13-14 %
        // (lifetimes and BTYD agree); the check must say so rather than hide it.
        var check = MasterBgNbd.Value;
        output.WriteLine(check.ToString());
        Assert.InRange(check.HoldoutRelativeError, -0.15, -0.12);
        Assert.True(check.Biased, check.ToString());
        Assert.True(check.HoldoutZ > ModelCheck.CriticalZ);
        Assert.False(check.Passed);
        Assert.Contains("BIASED", check.ToString(), StringComparison.Ordinal);
        Assert.Equal(CdnowMaster.Summaries.TotalHoldoutFrequency, check.HoldoutActual);
        Assert.Equal(273d / 7d, check.HoldoutLength, 9); // 1997-09-30 to 1998-06-30: 273 days.
    }

    [Fact]
    public void The_by_frequency_rows_and_the_histogram_partition_the_customers()
    {
        var data = Sample.Value;
        var check = ModelCheck.Run(BgNbdModel.Fit(data), data);
        Assert.Equal(data.Count, check.ByFrequency.Sum(r => r.Customers));
        Assert.Equal(check.HoldoutActual, check.ByFrequency.Sum(r => r.Customers * r.ActualMean), 6);
        Assert.Equal(check.HoldoutPredicted, check.ByFrequency.Sum(r => r.Customers * r.PredictedMean), 6);

        // Published: 946 of 2,357 customers made a repeat purchase, so 1,411 are in bucket 0.
        var h = check.Histogram;
        Assert.Equal(1411d, h.Buckets[0].Observed);
        Assert.Equal(2357d, h.Buckets.Sum(b => b.Observed));
        Assert.Equal(2357d, h.Buckets.Sum(b => b.Expected), 6);
        Assert.True(h.Buckets[^1].IsOpenEnded);
        Assert.Equal(3, h.DegreesOfFreedom); // 8 buckets - 1 - 4 parameters
        double chi = h.Buckets.Sum(b => (b.Observed - b.Expected) * (b.Observed - b.Expected) / b.Expected);
        Assert.Equal(chi, h.ChiSquare, 9);
        Assert.InRange(h.PValue, 0d, 1d);
    }

    [Fact]
    public void The_histogram_expectation_is_the_sum_of_p_x_equals_n_at_each_age()
    {
        // P(N(39) = 0) = 0.5737864 for a new customer, reproduced by the paper's rounded parameters (FHL 2005: 0.243,
        // 4.414, 0.793, 2.426; see CdnowValidationTests), here through ITransactionModel.
        var paper = BgNbdModel.Create(0.243, 4.414, 0.793, 2.426);
        Assert.Equal(0.5737864, Probability(paper, 0, 39), 4);
        var same = Enumerable.Repeat(CustomerSummary.Create(0, 0, 39), 100).ToArray();
        var check = PeriodTransactionsCheck.Of(paper, same);
        Assert.Equal(100 * paper.ProbabilityOfTransactions(0, 39), check.Buckets[0].Expected, 9);
        Assert.Equal(100 * paper.ProbabilityOfTransactions(3, 39), check.Buckets[3].Expected, 9);
    }

    [Fact]
    public void The_matrices_reproduce_published_point_predictions()
    {
        // BTYD: Pareto/NBD P(alive | x = 0, t.x = 0, T = 39) = 0.2941633.
        var alive = ModelMatrix.ProbabilityAlive(Pn, 30, 39, 40);
        Assert.Equal(0.2941633, alive[0, 0], 6);
        Assert.Equal(0.2941633, alive[0, 39], 6);

        // BTYD: BG/NBD E[X(52) | x, t.x = 20, T = 39] = 0.3474606 (x = 10), 0.04283391 (x = 15).
        var expected = ModelMatrix.ExpectedTransactions(Bg, 30, 39, 40, 52);
        Assert.Equal(20d, expected.Recencies[20], 12);
        Assert.Equal(0.3474606, expected[10, 20], 5);
        Assert.Equal(0.04283391, expected[15, 20], 6);
        Assert.Throws<ArgumentOutOfRangeException>(() => expected[31, 0]);
    }

    [Fact]
    public void Alive_history_ends_at_the_published_probability_of_customer_1516()
    {
        // Customer 1516: x = 26, t.x = 30.85714, T = 31: P(alive) = 0.9688523 (BTYD walkthrough).
        var purchases = Enumerable.Range(1, 26).Select(i => i == 26 ? 30.85714 : i).ToArray();
        var times = new[] { 0d, 0.5, 10.5, 31 };
        var p = new double[times.Length];
        AliveHistory.ProbabilityAlive(Bg, purchases, times, p);
        Assert.Equal(1d, p[0], 12); // BG/NBD: nobody drops out before a repeat purchase
        Assert.Equal(Bg.ProbabilityAlive(CustomerSummary.Create(10, 10, 10.5)), p[2], 12);
        Assert.Equal(0.9688523, p[3], 6);
        Assert.Throws<ArgumentException>(() => AliveHistory.ProbabilityAlive(Bg, [3, 1], times, p));
    }

    [Fact]
    public void Tracking_counts_the_published_cumulative_repeat_transactions()
    {
        // cdnow_cumulative_tracking.csv: week 1 = 0, week 2 = 19, week 78 = 4,339 (the README's totals).
        var data = Sample.Value;
        var log = SummaryData.ElogTransactions();
        var points = TransactionTracking.Of(Bg, data, log, new LocalDate(1997, 1, 1), 78);
        Assert.Equal(0d, points[0].ActualCumulative);
        Assert.Equal(19d, points[1].ActualCumulative);
        Assert.Equal(2457d, points[38].ActualCumulative); // week 39 = the sum of x

        Assert.Equal(4339d, points[77].ActualCumulative);
        Assert.Equal(points.Sum(p => p.Actual), points[77].ActualCumulative);
        Assert.Equal(points.Sum(p => p.Expected), points[77].ExpectedCumulative, 6);

        // Expected at week 78 by hand: each customer's E[X(78 - first purchase week)].
        double byHand = data.Rows.Sum(r => Bg.ExpectedTransactionsNewCustomer(78 - (Period.Between(new LocalDate(1997, 1, 1), r.FirstPurchase, PeriodUnits.Days).Days / 7d)));
        Assert.Equal(byHand, points[77].ExpectedCumulative, 6);
    }

    private static double Probability<TModel>(TModel model, int n, double t)
        where TModel : struct, ITransactionModel => model.ProbabilityOfTransactions(n, t);
}
