using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// The BG/NBD scoring kernel (four customers per vector, division-free series): batch equals single bit for bit
/// wherever a customer sits, the combined <see cref="BgNbdModel.Score(ReadOnlySpan{CustomerSummary}, double, Span{double}, Span{double})"/> equals the separate members, and the values
/// agree with the textbook formula evaluated independently here.
/// </summary>
public class BgNbdScoringTests
{
    private static readonly BgNbdModel Published = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);

    public static Arbitrary<BatchCase> Batches() =>
        (from model in ModelArbitraries.Cases().Generator.Select(c => c.Bg)
         from customers in Gen.ArrayOf(ModelArbitraries.Customers()).Where(a => a.Length is > 0 and <= 13)
         from t in Gen.OneOf(Gen.Elements(0d, 1e-6, 52d), Gen.Choose(0, 100_000).Select(i => i / 100d))
         select new BatchCase(model, customers, t)).ToArbitrary();

    [Property(Arbitrary = [typeof(BgNbdScoringTests)], MaxTest = 150)]
    public bool Score_and_batches_equal_the_single_members_bit_for_bit_in_any_position(BatchCase c)
    {
        int n = c.Customers.Length;
        var alive = new double[n];
        var expected = new double[n];
        var aliveOnly = new double[n];
        var expectedOnly = new double[n];
        c.Model.Score(c.Customers, c.T, alive, expected);
        c.Model.ProbabilityAlive(c.Customers, aliveOnly);
        c.Model.ExpectedTransactions(c.Customers, c.T, expectedOnly);

        // The same customers shifted by one place land in other lanes of other vector groups.
        var shifted = c.Customers.Skip(1).Append(c.Customers[0]).ToArray();
        var aliveShifted = new double[n];
        var expectedShifted = new double[n];
        c.Model.Score(shifted, c.T, aliveShifted, expectedShifted);

        return Enumerable.Range(0, n).All(i =>
        {
            double singleAlive = c.Model.ProbabilityAlive(c.Customers[i]);
            double singleExpected = c.Model.ExpectedTransactions(c.Customers[i], c.T);
            int j = (i + n - 1) % n;
            return alive[i].Equals(singleAlive) && aliveOnly[i].Equals(singleAlive) && aliveShifted[j].Equals(singleAlive)
                && expected[i].Equals(singleExpected) && expectedOnly[i].Equals(singleExpected) && expectedShifted[j].Equals(singleExpected)
                && double.IsFinite(singleExpected) && singleExpected >= 0d && singleAlive is >= 0d and <= 1d;
        })
            // Issue 18: the eight- and four-lane instantiations, called directly, give the same bits (batch and single).
            && LaneWidthTests.WidthsAgree(new BetaGeometricScoring(c.Model.R, c.Model.Alpha, c.Model.A, c.Model.B, canDropAtStart: false), c.Customers, c.T);
    }

    [Theory]
    [InlineData(0, 0d, 32d, 1d)]
    [InlineData(0, 0d, 39d, 52d)]
    [InlineData(1, 10d, 30d, 52d)]
    [InlineData(4, 25.5, 38d, 20d)]
    [InlineData(26, 30.85714, 31d, 52d)]
    [InlineData(60, 38d, 39d, 104d)]
    public void Agrees_with_the_untransformed_textbook_series(int x, double tx, double age, double t)
    {
        // FHL (2005) eq. 10 with the plain 2F1 power series, summed here in decimal-free double precision: an
        // independent route (no Euler transformation, no division-free rewrite, no vector lanes).
        double r = Published.R, alpha = Published.Alpha, a = Published.A, b = Published.B;
        double z = t / (alpha + age + t);
        double term = 1d, sum = 1d;
        for (int n = 0; n < 100_000 && Math.Abs(term) > 1e-18 * sum; n++)
        {
            term *= (r + x + n) * (b + x + n) / ((a + b + x - 1d + n) * (n + 1d)) * z;
            sum += term;
        }

        double bracket = 1d - (Math.Pow((alpha + age) / (alpha + age + t), r + x) * sum);
        double alive = x == 0 ? 1d : 1d / (1d + (a / (b + x - 1d) * Math.Pow((alpha + age) / (alpha + tx), r + x)));
        double textbook = (a + b + x - 1d) / (a - 1d) * bracket * alive;

        var customer = CustomerSummary.Create(x, tx, age);
        Assert.Equal(textbook, Published.ExpectedTransactions(customer, t), textbook * 1e-11);
        Assert.Equal(alive, Published.ProbabilityAlive(customer), 1e-14);
    }

    [Fact]
    public void Every_corner_of_the_parameter_space_scores_finite_including_a_concentrated_beta()
    {
        // a = b = 1000 with r = 1000 once made the old scalar path's quadrature return NaN.
        double[] values = [1e-3, 0.5, 1d, 1000d];
        var customers = new[] { CustomerSummary.Create(0, 0d, 39d), CustomerSummary.Create(3, 20d, 39d), CustomerSummary.Create(10_000, 39d, 39d), CustomerSummary.Create(50, 1d, 78d), CustomerSummary.Create(1, 0.5, 0.5) };
        var alive = new double[customers.Length];
        var expected = new double[customers.Length];
        foreach (double r in values)
        {
            foreach (double alpha in values)
            {
                foreach (double a in values)
                {
                    foreach (double b in values)
                    {
                        var model = BgNbdModel.Create(r, alpha, a, b);
                        model.Score(customers, 52d, alive, expected);
                        Assert.All(alive, p => Assert.InRange(p, 0d, 1d));
                        Assert.All(expected, e => Assert.True(double.IsFinite(e) && e >= 0d, $"{model}: {e}"));
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(520d, 1.55739206175045029520)]
    [InlineData(1494.82, 1.65184564613641967907)]
    public void A_window_far_longer_than_alpha_plus_T_leaves_the_slow_series_for_the_fallback(double t, double reference)
    {
        // z = t/(α+t) within 2e-5 of 1: the series would need millions of terms. Reference: mpmath at 30 digits, both
        // by (a+b−1)/(a−1)[1 − (α/(α+t))^r 2F1(r, b; a+b−1; z)] and by integrating over p ~ Beta(3, 3).
        var model = BgNbdModel.Create(0.1, 0.01, 3d, 3d);
        Assert.Equal(reference, model.ExpectedTransactionsNewCustomer(t), reference * 1e-9);
    }

    [Fact]
    public void Score_refuses_mismatched_destinations_and_bad_windows_before_writing()
    {
        var customers = new[] { CustomerSummary.Create(2, 10d, 30d), CustomerSummary.Create(0, 0d, 30d) };
        var alive = new double[] { -1d, -1d };
        var expected = new double[] { -1d, -1d };

        var tooShort = Assert.Throws<ArgumentException>(() => Published.Score(customers, 52d, alive, new double[1]));
        Assert.Equal("expectedTransactions", tooShort.ParamName);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Published.Score(customers, -1d, alive, expected));
        Assert.Equal("t", negative.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Published.Score(customers, double.NaN, alive, expected));
        Assert.All(alive.Concat(expected), v => Assert.Equal(-1d, v));
    }

    [Fact]
    public void Score_of_an_empty_batch_writes_nothing_and_a_zero_window_gives_zero_transactions()
    {
        Published.Score(ReadOnlySpan<CustomerSummary>.Empty, 52d, Span<double>.Empty, Span<double>.Empty);
        var customers = Enumerable.Range(0, 9).Select(i => CustomerSummary.Create(i, i, 40d)).ToArray();
        var alive = new double[9];
        var expected = new double[9];
        Published.Score(customers, 0d, alive, expected);
        Assert.All(expected, v => Assert.Equal(0d, v));
        Assert.All(alive, v => Assert.InRange(v, 0d, 1d));
    }
}

/// <summary>A model, a batch of 1 to 13 customers (so that full vector groups and a tail both occur) and a window.</summary>
public sealed record BatchCase(BgNbdModel Model, CustomerSummary[] Customers, double T)
{
    public override string ToString() => $"{Model} t={T} [{string.Join("; ", Customers)}]";
}

/// <summary>The distribution batch of P(X(t) = n) and the CLV batch's all-or-nothing validation.</summary>
public class BgNbdDistributionAndClvBatchTests
{
    private static readonly BgNbdModel Published = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);

    [Fact]
    public void Distribution_batch_equals_the_single_probabilities_and_sums_to_one()
    {
        var distribution = new double[400];
        Published.ProbabilityOfTransactions(39d, distribution);

        Assert.All(Enumerable.Range(0, distribution.Length), n => Assert.Equal(Published.ProbabilityOfTransactions(n, 39d), distribution[n]));

        Assert.Equal(1d, distribution.Sum(), 1e-9);
        Assert.Equal(Published.ExpectedTransactionsNewCustomer(39d), distribution.Select((p, n) => n * p).Sum(), 1e-6);
    }

    [Fact]
    public void Distribution_batch_refuses_a_bad_window_before_writing()
    {
        var distribution = new double[] { -1d, -1d };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Published.ProbabilityOfTransactions(double.PositiveInfinity, distribution));
        Assert.Equal("t", error.ParamName);
        Assert.All(distribution, v => Assert.Equal(-1d, v));
    }

    [Fact]
    public void Clv_batch_refuses_a_negative_spend_anywhere_before_writing_anything()
    {
        var settings = Crm.Domain.CustomerValue.Models.Clv.ClvSettings.Create(
            0.3, Crm.Domain.CustomerValue.Models.Clv.DiscountRate.PerWeek(0.01), Crm.Domain.CustomerValue.Models.Clv.RatePeriod.Week, Crm.Domain.CustomerValue.Models.Clv.RatePeriod.Week, 10);
        var customers = new[] { CustomerSummary.Create(2, 10d, 30d), CustomerSummary.Create(1, 5d, 30d), CustomerSummary.Create(0, 0d, 30d) };
        var destination = new double[] { -1d, -1d, -1d };

        var error = Assert.ThrowsAny<ArgumentException>(() =>
            Crm.Domain.CustomerValue.Models.Clv.CustomerLifetimeValue.Of(Published, customers, new[] { 20d, 30d, -5d }, settings, destination));

        Assert.Equal("expectedSpend", error.ParamName);
        Assert.All(destination, v => Assert.Equal(-1d, v));
    }
}

/// <summary>The P(X(t) = n) distribution batches of the MBG/NBD and the Pareto/NBD.</summary>
public class CountDistributionBatchTests
{
    [Fact]
    public void Mbg_and_pareto_distribution_batches_equal_the_single_probabilities_and_sum_to_one()
    {
        // Parameters: the BTYDplus MBG/NBD CDNOW estimates and the BTYD Pareto/NBD ones (see MbgNbdTests, ParetoNbdValidationTests).
        var mbg = Crm.Domain.CustomerValue.Models.MbgNbd.MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614);
        var pn = Crm.Domain.CustomerValue.Models.ParetoNbd.ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);
        var m = new double[300];
        var p = new double[300];
        mbg.ProbabilityOfTransactions(39d, m);
        pn.ProbabilityOfTransactions(39d, p);

        Assert.All(Enumerable.Range(0, 300), n => Assert.Equal(mbg.ProbabilityOfTransactions(n, 39d), m[n]));
        Assert.All(Enumerable.Range(0, 300), n => Assert.Equal(pn.ProbabilityOfTransactions(n, 39d), p[n]));
        Assert.Equal(1d, m.Sum(), 1e-9);
        Assert.Equal(1d, p.Sum(), 1e-9);
        Assert.Throws<ArgumentOutOfRangeException>(() => mbg.ProbabilityOfTransactions(-1d, m));
        Assert.Throws<ArgumentOutOfRangeException>(() => pn.ProbabilityOfTransactions(double.NaN, p));
    }
}

/// <summary>E[X(t)] of a new customer over many windows at once (the tracking-plot batch) for the three count models.</summary>
public class NewCustomerWindowBatchTests
{
    [Fact]
    public void Window_batches_equal_the_single_values_and_refuse_a_bad_window_before_writing()
    {
        var bg = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);
        var mbg = Crm.Domain.CustomerValue.Models.MbgNbd.MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614);
        var pn = Crm.Domain.CustomerValue.Models.ParetoNbd.ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);
        double[] weeks = Enumerable.Range(0, 79).Select(w => (double)w).ToArray();
        var b = new double[79];
        var m = new double[79];
        var p = new double[79];
        bg.ExpectedTransactionsNewCustomer(weeks, b);
        mbg.ExpectedTransactionsNewCustomer(weeks, m);
        pn.ExpectedTransactionsNewCustomer(weeks, p);

        Assert.All(weeks, (t, i) =>
        {
            Assert.Equal(bg.ExpectedTransactionsNewCustomer(t), b[i]);
            Assert.Equal(mbg.ExpectedTransactionsNewCustomer(t), m[i]);
            Assert.Equal(pn.ExpectedTransactionsNewCustomer(t), p[i]);
        });

        Assert.Equal(0d, b[0]);
        Assert.True(b.Zip(b.Skip(1)).All(pair => pair.First <= pair.Second) && p.Zip(p.Skip(1)).All(pair => pair.First <= pair.Second));

        var untouched = new double[] { -1d, -1d };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => bg.ExpectedTransactionsNewCustomer([1d, double.NaN], untouched));
        Assert.Equal("windows", error.ParamName);
        Assert.All(untouched, v => Assert.Equal(-1d, v));
        Assert.Throws<ArgumentException>(() => pn.ExpectedTransactionsNewCustomer(weeks, new double[3]));
    }
}
