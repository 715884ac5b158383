using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.MbgNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// The MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007): the CDNOW fit against the published estimates, the
/// analytic gradient against finite differences, and every closed form against an independent route (numerical
/// integration over λ and p, the sum Σ n P(X(t) = n), hand-computed values and its exact relations to BG/NBD).
/// </summary>
public class MbgNbdTests
{
    private static readonly Lazy<ModelFit<MbgNbdModel>> CdnowFit = new(() => MbgNbdModel.Fit(CdnowData.Summaries));

    private static readonly MbgNbdModel Smooth = MbgNbdModel.Create(1.3, 4, 1.5, 2.5);

    private static readonly MbgNbdByIntegration SmoothByIntegration = new(1.3, 4, 1.5, 2.5);

    public static TheoryData<int, double, double> Histories => new()
    {
        { 0, 0, 39 },
        { 0, 0, 0.5 },
        { 1, 2, 39 },
        { 2, 30.43, 38.86 },
        { 5, 10, 10 },
        { 7, 35, 39 },
    };

    [Fact]
    public void Cdnow_fit_matches_the_published_estimates_with_standard_errors()
    {
        // MBG/NBD on the CDNOW 2,357-customer sample: r = 0.525, alpha = 6.183, a = 0.891, b = 1.614, from R's BTYDplus
        // (M. Platzer), as tested in the Python package lifetimes (tests/test_estimation.py,
        // TestModifiedBetaGammaFitter.test_params_out_is_close_to_BTYDplus) with numpy's decimal=3: |error| < 1.5e-3.
        var fit = CdnowFit.Value;
        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(["r", "alpha", "a", "b"], fit.Parameters.Select(p => p.Name));
        double[] published = [0.525, 6.183, 0.891, 1.614];
        for (int i = 0; i < 4; i++)
        {
            Assert.InRange(fit.Parameters[i].Value, published[i] - 1.5e-3, published[i] + 1.5e-3);
            Assert.NotNull(fit.Parameters[i].StandardError);
            Assert.InRange(fit.Parameters[i].StandardError!.Value, 1e-4 * fit.Parameters[i].Value, fit.Parameters[i].Value);
        }

        Assert.Equal(fit.Model.R, fit.Parameters[0].Value);
        Assert.Equal(2357d, fit.Customers);
        Assert.Equal(fit.LogLikelihood, CdnowData.Summaries.Sum(c => fit.Model.LogLikelihood(c)), 6);
    }

    [Theory]
    [InlineData(0.525, 6.183, 0.891, 1.614)]
    [InlineData(1.5, 0.3, 0.2, 0.4)]
    [InlineData(0.05, 30, 3, 0.9)]
    public void Gradient_matches_central_finite_differences(double r, double alpha, double a, double b)
    {
        CustomerSummary[] data =
        [
            .. CdnowData.Summaries.Take(300),
            CustomerSummary.Create(200, 38, 40),
            CustomerSummary.Create(1, 0.5, 80),
            CustomerSummary.Create(0, 0, 0.25),
        ];
        var likelihood = new MbgNbdLikelihood(SummaryTable.Create(data, []));
        CheckGradient((p, g) => likelihood.Evaluate(p, g), [r, alpha, a, b]);
    }

    [Theory]
    [InlineData(0.525, 6.183, 0.891, 1.614, 44089.9250294888, 9.07771060775, -223.725599352, -7.38270089005, 0.567419367343)]
    [InlineData(1.5, 0.3, 0.2, 0.4, 45509.0974205513, 4.31155734246, -252.770618557, -5.75106958024, 1.02064533669)]
    public void Heavy_customer_log_likelihood_and_gradient_match_high_precision_values(double r, double alpha, double a, double b, double logLikelihood, double dr, double dAlpha, double da, double db)
    {
        // x = 10,000, t_x = 38.5, T = 39. ln L ≈ 44,000 is too large for double-precision finite differences, so the
        // expected values were computed from the closed form (Batislam et al. 2007) with mpmath 1.3 at 50 digits
        // (loggamma, beta, and mpmath.diff for the derivatives).
        var gradient = new double[4];
        double value = MbgNbdLikelihood.Single(r, alpha, a, b, 10_000, 38.5, 39, gradient);
        Assert.Equal(logLikelihood, value, 1e-12 * logLikelihood);
        double[] expected = [dr, dAlpha, da, db];
        for (int j = 0; j < 4; j++)
        {
            Assert.True(Math.Abs(gradient[j] - expected[j]) <= 1e-8 * Math.Abs(expected[j]), $"parameter {j}: {gradient[j]} vs {expected[j]}");
        }
    }

    private static void CheckGradient(Func<double[], double[], double> evaluate, double[] point)
    {
        var analytic = new double[4];
        evaluate(point, analytic);
        var scratch = new double[4];
        for (int j = 0; j < 4; j++)
        {
            double h = 1e-6 * point[j];
            var plus = (double[])point.Clone();
            var minus = (double[])point.Clone();
            plus[j] += h;
            minus[j] -= h;
            double numeric = (evaluate(plus, scratch) - evaluate(minus, scratch)) / (2 * h);
            Assert.True(Math.Abs(numeric - analytic[j]) <= 1e-5 * Math.Max(1d, Math.Abs(numeric)), $"parameter {j}: analytic {analytic[j]}, numeric {numeric}");
        }
    }

    [Theory]
    [MemberData(nameof(Histories))]
    public void Log_likelihood_and_probability_alive_match_integration_over_lambda_and_p(int x, double tx, double age)
    {
        var c = CustomerSummary.Create(x, tx, age);
        Assert.Equal(SmoothByIntegration.LogLikelihood(x, tx, age), Smooth.LogLikelihood(c), 8);
        Assert.Equal(SmoothByIntegration.ProbabilityAlive(x, tx, age), Smooth.ProbabilityAlive(c), 8);
    }

    [Theory]
    [MemberData(nameof(Histories))]
    public void Conditional_expectation_matches_integration_over_lambda_and_p(int x, double tx, double age)
    {
        var c = CustomerSummary.Create(x, tx, age);
        foreach (double t in new[] { 1d, 39d, 104d })
        {
            double expected = SmoothByIntegration.ExpectedTransactions(x, tx, age, t);
            Assert.True(Math.Abs(expected - Smooth.ExpectedTransactions(c, t)) <= 1e-7 * Math.Max(1, expected), $"t = {t}: {expected} vs {Smooth.ExpectedTransactions(c, t)}");
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(39)]
    [InlineData(200)]
    public void New_customer_expectation_matches_integration_and_the_sum_over_the_distribution(double t)
    {
        Assert.Equal(SmoothByIntegration.ExpectedTransactionsNewCustomer(t), Smooth.ExpectedTransactionsNewCustomer(t), 7);

        // E[X(t)] = Σ n P(X(t) = n) and Σ P(X(t) = n) = 1, on the CDNOW estimates (a < 1, r < 1: heavy tails).
        var model = MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614);
        double mean = 0, total = 0;
        for (int n = 0; n < 20_000; n++)
        {
            double p = model.ProbabilityOfTransactions(n, t);
            mean += n * p;
            total += p;
        }

        Assert.Equal(1d, total, 9);
        Assert.Equal(mean, model.ExpectedTransactionsNewCustomer(t), 7);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 39)]
    [InlineData(1, 39)]
    [InlineData(4, 39)]
    [InlineData(2, 200)]
    public void Probability_of_n_transactions_matches_integration_over_lambda_and_p(int n, double t)
    {
        double expected = SmoothByIntegration.ProbabilityOfTransactions(n, t);
        Assert.True(Math.Abs(expected - Smooth.ProbabilityOfTransactions(n, t)) <= 1e-9, $"{expected} vs {Smooth.ProbabilityOfTransactions(n, t)}");
    }

    [Fact]
    public void Clv_of_a_repeat_buyer_equals_the_bg_nbd_one_with_b_plus_one()
    {
        // CLV only reads E[Y(t) | history], which for x > 0 is the BG/NBD's at b + 1 (see the relation test below).
        var settings = ClvSettings.Create(0.3, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, 24);
        var customer = CustomerSummary.Create(4, 30, 39);
        double mbg = CustomerLifetimeValue.Of(MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614), customer, 40, settings);
        double bg = CustomerLifetimeValue.Of(BgNbdModel.Create(0.525, 6.183, 0.891, 2.614), customer, 40, settings);
        Assert.True(mbg > 0);
        Assert.Equal(bg, mbg, 9);
    }

    [Fact]
    public void Near_certain_buyers_make_their_geometric_number_of_purchases()
    {
        // r = 1000, α = 0.001: λ ≈ 10⁶ a week, so within 52 weeks every customer buys until dropping out, and
        // E[purchases | p, alive] = 1/p. Hence E[X(52)] = E[(1−p)/p] = b/(a−1) for a new customer, and for an alive
        // customer with x = 0 the posterior Beta(a, b+1) gives E[1/p] = (a+b)/(a−1). With a = b = 1000 these are
        // 1000/999 and 2000/999, computed here on the concentrated-Beta fallback of the numerics.
        var m = MbgNbdModel.Create(1000, 0.001, 1000, 1000);
        Assert.Equal(1000d / 999d, m.ExpectedTransactionsNewCustomer(52), 9);
        var c = CustomerSummary.Create(0, 0, 1e-6); // T tiny, so that P(alive) = 1/(1 + e^(r ln(1 + T/α))) ≈ 0.27 does not underflow
        Assert.InRange(m.ProbabilityAlive(c), 0.2, 0.3);
        Assert.Equal(2000d / 999d, m.ExpectedTransactions(c, 52) / m.ProbabilityAlive(c), 9);
    }

    [Fact]
    public void Hand_computed_values_with_unit_parameters()
    {
        // r = α = a = b = 1, T = 1, x = 0: P(alive) = 1 / (1 + a/b ((α+T)/α)^r) = 1 / (1 + 2) = 1/3.
        var m = MbgNbdModel.Create(1, 1, 1, 1);
        Assert.Equal(1d / 3d, m.ProbabilityAlive(CustomerSummary.Create(0, 0, 1)), 14);

        // P(X(1) = 0) = B(1, 2)/B(1, 1) (α/(α+t))^r + B(2, 1)/B(1, 1) = ½ · ½ + ½ = ¾.
        Assert.Equal(0.75, m.ProbabilityOfTransactions(0, 1), 14);

        // L(x = 0, T = 1) = B(1, 2)/B(1, 1) [(α+T)^−r + a/b α^−r] = ½ (½ + 1) = ¾.
        Assert.Equal(Math.Log(0.75), m.LogLikelihood(CustomerSummary.Create(0, 0, 1)), 14);
        Assert.Equal(0d, m.ProbabilityOfTransactions(3, 0));
        Assert.Equal(1d, m.ProbabilityOfTransactions(0, 0));
    }

    [Theory]
    [InlineData(0.525, 6.183, 0.891, 1.614)]
    [InlineData(2.5, 1.2, 0.3, 0.05)]
    [InlineData(0.1, 50, 4, 7)]
    public void With_repeat_purchases_it_is_the_bg_nbd_with_b_plus_one_and_for_new_customers_a_b_over_a_plus_b_share(double r, double alpha, double a, double b)
    {
        // The posterior of p for a customer alive after x repeat purchases is Beta(a, b+x+1) in MBG/NBD and Beta(a, b+x)
        // in BG/NBD, so for x > 0 both predictions coincide with BG/NBD's at b + 1; a new customer survives time 0 with
        // probability E[1−p] = b/(a+b) and then behaves as a BG/NBD customer with p ~ Beta(a, b+1).
        var m = MbgNbdModel.Create(r, alpha, a, b);
        var bg = BgNbdModel.Create(r, alpha, a, b + 1);
        foreach (var c in new[] { CustomerSummary.Create(1, 5, 39), CustomerSummary.Create(26, 30.86, 31), CustomerSummary.Create(3, 39, 39) })
        {
            Assert.Equal(bg.ProbabilityAlive(c), m.ProbabilityAlive(c), 12);
            Assert.Equal(bg.ExpectedTransactions(c, 52), m.ExpectedTransactions(c, 52), 10);
        }

        double share = b / (a + b);
        Assert.Equal(share * bg.ExpectedTransactionsNewCustomer(52), m.ExpectedTransactionsNewCustomer(52), 10);
        for (int n = 1; n < 6; n++)
        {
            Assert.Equal(share * bg.ProbabilityOfTransactions(n, 52), m.ProbabilityOfTransactions(n, 52), 12);
        }

        Assert.Equal((share * bg.ProbabilityOfTransactions(0, 52)) + (a / (a + b)), m.ProbabilityOfTransactions(0, 52), 12);
    }

    [Fact]
    public void Customers_without_repeat_purchases_are_not_certainly_alive_and_fade_with_age()
    {
        var m = CdnowFit.Value.Model;
        double young = m.ProbabilityAlive(CustomerSummary.Create(0, 0, 1));
        double old = m.ProbabilityAlive(CustomerSummary.Create(0, 0, 39));
        Assert.True(young < 1d);
        Assert.True(old < young);
        Assert.True(m.ProbabilityAlive(CustomerSummary.Create(5, 38, 39)) > old);
        Assert.True(double.IsFinite(m.LogLikelihood(CustomerSummary.Create(10_000, 38, 40))));
        Assert.InRange(m.ProbabilityAlive(CustomerSummary.Create(10_000, 1, 40)), 0d, 1e-300); // the true value is below e^-30000
    }
}
