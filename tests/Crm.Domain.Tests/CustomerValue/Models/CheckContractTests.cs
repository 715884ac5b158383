using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Checks;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6: the model checks' building blocks on hand-sized data — the calibration histogram's buckets,
/// chi-square and p-value at one age (P(X(39) = n) of the CDNOW BG/NBD from <see cref="ReferenceValueTests"/>, the
/// chi-square and its upper tail computed with Python mpmath 1.3.0 at 30 digits), every guard at its bounds, the
/// rows' text, the P(alive) matrix's grid and the alive history's summaries.
/// </summary>
public class CheckContractTests
{
    private static readonly BgNbdModel Bg = BgNbdModel.Create(0.2426, 4.4136, 0.7929, 2.4259);

    private static CustomerSummary C(int x, double tx, double age) => CustomerSummary.Create(x, tx, age);

    private static readonly CustomerSummary[] SixAt39 = [C(0, 0d, 39d), C(5, 30d, 39d), C(0, 0d, 39d), C(1, 3d, 39d), C(0, 0d, 39d), C(9, 38d, 39d)];

    [Fact]
    public void The_histogram_at_one_age_has_the_expected_buckets_and_chi_square()
    {
        var check = PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 1, buckets: 2);
        Assert.Equal(1, check.DegreesOfFreedom);
        Assert.Equal(3, check.Buckets.Length);
        Assert.Equal(new[] { 3d, 1d, 2d }, check.Buckets.Select(b => b.Observed));
        Assert.Equal(new[] { 0, 1, 2 }, check.Buckets.Select(b => b.Frequency));
        Assert.Equal(new[] { false, false, true }, check.Buckets.Select(b => b.IsOpenEnded));
        Assert.Equal(3.4457995182030327, check.Buckets[0].Expected, 11);
        Assert.Equal(1.1951631629220932, check.Buckets[1].Expected, 11);
        Assert.Equal(1.3590373188748741, check.Buckets[2].Expected, 11);
        Assert.Equal(0.3918414013897009, check.ChiSquare, 10);
        Assert.Equal(0.53133306778506859, check.PValue, 9);

        var three = PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 1, buckets: 3);
        Assert.Equal(2, three.DegreesOfFreedom);
        Assert.Equal(new[] { 3d, 1d, 0d, 2d }, three.Buckets.Select(b => b.Observed));
        Assert.Equal(0.84709193122145338, three.Buckets[3].Expected, 11);
        Assert.Equal(2.1706191923742111, three.ChiSquare, 10);
        Assert.Equal(0.33779718898242196, three.PValue, 9);
    }

    [Fact]
    public void The_histogram_checks_its_arguments_at_their_bounds()
    {
        Assert.Equal(2, PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 0, buckets: 2).DegreesOfFreedom);
        Assert.Equal(90, PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 10, buckets: 100).DegreesOfFreedom);
        Assert.Equal(1, PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 4, buckets: 5).DegreesOfFreedom);
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: -1, buckets: 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 11, buckets: 70));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 0, buckets: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 0, buckets: 101));
        Assert.Equal("buckets", Assert.Throws<ArgumentOutOfRangeException>(() => PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 4, buckets: 4)).ParamName);
        Assert.Throws<ArgumentException>(() => PeriodTransactionsCheck.Of(Bg, ReadOnlySpan<CustomerSummary>.Empty));
    }

    [Fact]
    public void Check_rows_print_their_values()
    {
        var check = PeriodTransactionsCheck.Of(Bg, SixAt39, fittedParameters: 1, buckets: 2);
        Assert.Equal("x = 0: observed 3, expected 3.446", check.Buckets[0].ToString());
        Assert.Equal("x >= 2: observed 2, expected 1.359", check.Buckets[2].ToString());
        Assert.Equal("x = 4: 12 customers, holdout mean actual 1.5, predicted 1.234", new HoldoutByFrequency(4, false, 12, 1.5, 1.23449).ToString());
        Assert.Equal("x >= 7: 3 customers, holdout mean actual 0, predicted 2", new HoldoutByFrequency(7, true, 3, 0d, 2d).ToString());
        Assert.Equal("period 3: actual 4 (cumulative 10), expected 3.5 (cumulative 9.123)", new TrackingPoint(3, 4d, 3.5, 10d, 9.12345).ToString());
        var bucket = new FrequencyBucket(2, true, 5d, 4.5);
        Assert.Equal((2, true, 5d, 4.5), (bucket.Frequency, bucket.IsOpenEnded, bucket.Observed, bucket.Expected));
        var row = new HoldoutByFrequency(4, false, 12, 1.5, 1.25);
        Assert.Equal((4, false, 12, 1.5, 1.25), (row.Frequency, row.IsOpenEnded, row.Customers, row.ActualMean, row.PredictedMean));
        var point = new TrackingPoint(3, 4d, 3.5, 10d, 9.5);
        Assert.Equal((3, 4d, 3.5, 10d, 9.5), (point.Period, point.Actual, point.Expected, point.ActualCumulative, point.ExpectedCumulative));
    }

    [Fact]
    public void The_matrix_spans_recency_from_zero_to_the_age()
    {
        var alive = ModelMatrix.ProbabilityAlive(Bg, 3, 12d, 4);
        Assert.Equal(3, alive.MaxFrequency);
        Assert.Equal(12d, alive.Age);
        Assert.Equal(new[] { 0d, 4d, 8d, 12d }, alive.Recencies);
        Assert.Equal(1d, alive[0, 2]); // x = 0 is alive under the BG/NBD whatever the column
        Assert.Equal(Bg.ProbabilityAlive(C(2, 8d, 12d)), alive[2, 2]);
        Assert.Equal(Bg.ProbabilityAlive(C(3, 12d, 12d)), alive[3, 3]);
        Assert.Equal(Bg.ProbabilityAlive(C(1, 0d, 12d)), alive[1, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => alive[4, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => alive[-1, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => alive[0, 4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => alive[0, -1]);

        var expected = ModelMatrix.ExpectedTransactions(Bg, 2, 38.86, 2, 39d);
        Assert.Equal(new[] { 0d, 38.86 }, expected.Recencies);
        Assert.Equal(0.19478676916062002, expected[0, 1], 11);
        Assert.Equal(Bg.ExpectedTransactions(C(2, 38.86, 38.86), 39d), expected[2, 1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelMatrix.ExpectedTransactions(Bg, 2, 10d, 3, -1d));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelMatrix.ProbabilityAlive(Bg, -1, 10d, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelMatrix.ProbabilityAlive(Bg, 1_001, 10d, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelMatrix.ProbabilityAlive(Bg, 2, 0d, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelMatrix.ProbabilityAlive(Bg, 2, 10d, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelMatrix.ProbabilityAlive(Bg, 2, 10d, 1_001));
        Assert.Equal(0, ModelMatrix.ProbabilityAlive(Bg, 0, 1e-9, 2).MaxFrequency);
    }

    [Fact]
    public void The_alive_history_counts_the_purchases_up_to_each_time()
    {
        double[] purchases = [2d, 5d, 5d];
        double[] times = [0d, 1.9, 2d, 4d, 5d, 9d];
        var p = new double[times.Length];
        AliveHistory.ProbabilityAlive(Bg, purchases, times, p);
        Assert.Equal(1d, p[0]);
        Assert.Equal(1d, p[1]);
        Assert.Equal(Bg.ProbabilityAlive(C(1, 2d, 2d)), p[2]);
        Assert.Equal(Bg.ProbabilityAlive(C(1, 2d, 4d)), p[3]);
        Assert.Equal(Bg.ProbabilityAlive(C(3, 5d, 5d)), p[4]);
        Assert.Equal(Bg.ProbabilityAlive(C(3, 5d, 9d)), p[5]);
        Assert.NotEqual(p[4], p[5]);

        Assert.Equal("repeatPurchases", Assert.Throws<ArgumentException>(() => AliveHistory.ProbabilityAlive(Bg, [5d, 4.9], times, p)).ParamName);
        Assert.Equal("repeatPurchases", Assert.Throws<ArgumentOutOfRangeException>(() => AliveHistory.ProbabilityAlive(Bg, [-1d], times, p)).ParamName);
        Assert.Equal("times", Assert.Throws<ArgumentOutOfRangeException>(() => AliveHistory.ProbabilityAlive(Bg, purchases, [1d, -1d], new double[2])).ParamName);
        Assert.Throws<ArgumentException>(() => AliveHistory.ProbabilityAlive(Bg, purchases, times, new double[2]));
    }
}
