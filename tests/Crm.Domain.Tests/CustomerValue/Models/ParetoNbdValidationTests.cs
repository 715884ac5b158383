using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// The Pareto/NBD against every published CDNOW value in ../shared/data/cdnow/README.md (2,357-customer sample).
/// Tolerances: parameters 1e-3 relative of the full-precision values, log-likelihoods 0.01, predictions 1e-4 relative
/// (1e-3 where no published parameter set reproduces a figure to 1e-4: see each test).
/// </summary>
/// <remarks>
/// Where the published predictions come from: BTYD's walkthrough script fits once (printing r = 0.5533971,
/// α = 10.5801985, s = 0.6060625, β = 11.6562237, LL = −9594.976), then re-runs pnbd.EstimateParameters twice from
/// that point (<c>par.start = params</c>) and only then computes E[X(52)], customer 1516's figures and the four
/// conditional expectations — with the re-estimated parameters, which are not printed. So the published predictions
/// are not all reproduced by the printed parameters: P(alive) is (to 1e-6), E[X(52)] is not (2.2e-4 off) but is at
/// the true maximum (2e-7), which is where the restarts head.
/// </remarks>
public class ParetoNbdValidationTests
{
    // BTYD walkthrough (Dziurzynski, Wadsworth & McCarthy, "BTYD: Implementing Buy 'Til You Die Models"), full precision.
    private static readonly ParetoNbdModel Btyd = ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);

    private static readonly CustomerSummary Customer1516 = CustomerSummary.Create(26, 30.85714, 31);

    private static void Rounded(double published, double actual, double unit) =>
        Assert.True(Math.Abs(actual - published) <= unit / 2d, $"expected {actual} to round to {published} (±{unit / 2d})");

    [Fact]
    public void Fit_converges_tightly()
    {
        // The gradient (of the total LL in the log-parameters) at our optimum is about 2e-9; asking for 1e-12 moves no
        // parameter by more than 1e-11 relative. So the comparison with BTYD below is between optima, not stopping points.
        var fit = CdnowFits.ParetoNbd;
        Assert.True(fit.Converged, fit.Message);
        Assert.True(fit.GradientNorm <= 1e-6, $"gradient norm {fit.GradientNorm}");
        Assert.All(fit.Parameters, p => Assert.True(p.StandardError > 0d));
    }

    [Fact]
    public void Log_likelihood_at_BTYD_parameters_is_the_published_value_and_our_optimum_is_higher()
    {
        // BTYD: LL = -9594.976 at its printed parameters; FHL (2005): -9595.0.
        double atBtyd = CdnowData.Summaries.Sum(c => Btyd.LogLikelihood(c));
        Assert.Equal(-9594.976, atBtyd, 0.01);
        var fit = CdnowFits.ParetoNbd;
        Assert.Equal(-9594.976, fit.LogLikelihood, 0.01);
        Assert.Equal(-9595.0, fit.LogLikelihood, 0.05);
        Assert.True(fit.LogLikelihood >= atBtyd, $"our LL {fit.LogLikelihood} is below BTYD's {atBtyd}");
    }

    [Fact]
    public void Fit_matches_BTYD_in_r_alpha_s_and_the_paper_in_beta()
    {
        // r, alpha, s within 1e-3 of BTYD's full-precision values. beta: our optimum is 11.66874, 1.07e-3 above BTYD's
        // 11.6562237 — BTYD's first optimiser run stopped early on a flat ridge (SE of beta about 6; our LL is 2e-5 higher,
        // -9594.976179 against -9594.976198; both also recomputed with mpmath at 30 digits). Fader, Hardie & Lee (2005)
        // report beta = 11.669: ours is within 2.2e-5 of it (inside its rounding), and all four of our parameters round
        // to the paper's (0.553, 10.578, 0.606, 11.669) while BTYD's alpha and beta do not (10.580, 11.656).
        var m = CdnowFits.ParetoNbd.Model;
        Within.Relative(0.5533971, m.R, 1e-3);
        Within.Relative(10.5801985, m.Alpha, 1e-3);
        Within.Relative(0.6060625, m.S, 1e-3);
        Assert.InRange((m.Beta / 11.6562237) - 1d, 1.0e-3, 1.15e-3);
        Within.Relative(11.669, m.Beta, 5e-5);
        Rounded(0.553, m.R, 1e-3);
        Rounded(10.578, m.Alpha, 1e-3);
        Rounded(0.606, m.S, 1e-3);
        Rounded(11.669, m.Beta, 1e-3);
    }

    [Fact]
    public void Probabilities_alive_match_BTYD_at_its_printed_parameters()
    {
        // BTYD walkthrough: customer 1516 (x = 26, t.x = 30.85714, T = 31) P(alive) = 0.997874 (6e-7 off here);
        // BTYD vignette: P(alive | x = 0, t.x = 0, T = 39) = 0.2941633 (1.5e-7 off here).
        Within.Relative(0.997874, Btyd.ProbabilityAlive(Customer1516), 1e-4);
        Within.Relative(0.2941633, Btyd.ProbabilityAlive(CustomerSummary.Create(0, 0, 39)), 1e-4);
    }

    [Fact]
    public void Customer_1516_expectation_matches_BTYD()
    {
        // BTYD walkthrough: E[X(52) | x = 26, t.x = 30.85714, T = 31] = 25.45647: 9.0e-5 off at BTYD's printed
        // parameters, 5.1e-5 at our optimum (the figure was computed after the re-estimation).
        Within.Relative(25.45647, Btyd.ExpectedTransactions(Customer1516, 52), 1e-4);
        Within.Relative(25.45647, CdnowFits.ParetoNbd.Model.ExpectedTransactions(Customer1516, 52), 1e-4);
        Within.Relative(0.997874, CdnowFits.ParetoNbd.Model.ProbabilityAlive(Customer1516), 1e-4);
    }

    [Fact]
    public void Expected_transactions_of_a_new_customer_in_52_weeks_match_at_the_optimum()
    {
        // BTYD walkthrough: E[X(52)] = 1.473434, computed after the re-estimation: 1.8e-7 off at our optimum, while
        // BTYD's printed parameters give 1.473113 (2.2e-4 off), so that figure is checked at the optimum only.
        Within.Relative(1.473434, CdnowFits.ParetoNbd.Model.ExpectedTransactionsNewCustomer(52), 1e-4);
    }

    [Theory]
    [InlineData(10, 0.7062289)]
    [InlineData(15, 0.1442396)]
    [InlineData(20, 0.02250658)]
    [InlineData(25, 0.00309267)]
    public void Conditional_expectations_for_t_x_20_T_39(int x, double expected)
    {
        // BTYD walkthrough: t.x = 20, T = 39, t = 52. No published parameter set reproduces these to 1e-4 (mpmath, 30
        // digits): BTYD's printed parameters are 2.8e-4 to 3.7e-4 below, the paper's rounded ones 0.4e-4 to 1.6e-4 off,
        // our optimum 4.8e-4 to 8.4e-4 below; the parameters that solve for them (r = 0.553644, alpha = 10.57950,
        // s = 0.606205, beta = 11.67904) have a lower LL (-9594.97649) than our optimum. They are checked to 1e-3 at our
        // optimum here; the formula itself is checked to 1e-7 against mpmath below.
        Within.Relative(expected, CdnowFits.ParetoNbd.Model.ExpectedTransactions(CustomerSummary.Create(x, 20, 39), 52), 1e-3);
    }

    [Theory]
    [InlineData(10, 0.70596734)]
    [InlineData(15, 0.1441878)]
    [InlineData(20, 0.022499282)]
    [InlineData(25, 0.0030917896)]
    public void Conditional_expectations_match_an_independent_mpmath_evaluation(int x, double expected)
    {
        // Independent reference: the textbook formula with mpmath.hyp2f1 at 30 digits and BTYD's printed parameters.
        Within.Relative(expected, Btyd.ExpectedTransactions(CustomerSummary.Create(x, 20, 39), 52), 1e-7);
    }

    [Theory]
    [InlineData(1, 0.05077821)]
    [InlineData(2, 0.09916088)]
    [InlineData(3, 0.14542507)]
    [InlineData(4, 0.18979930)]
    [InlineData(5, 0.23247466)]
    [InlineData(6, 0.27361274)]
    [InlineData(7, 0.31335159)]
    [InlineData(8, 0.35181024)]
    [InlineData(9, 0.38909211)]
    public void Unconditional_expectations_for_weeks_1_to_9(double t, double expected)
    {
        // These nine figures are not reproduced by the full-precision fit (they are about 0.5 % lower). Solving
        // E[X(t)] = rβ/(α(s−1)) [1 − (β/(β+t))^(s−1)] for (rβ/α, s, β) from t = 1, 5, 9 (mpmath) gives
        // rβ/α = 0.606247, s = 0.609998, β = 11.63994, i.e. the two-decimal parameters r = 0.55, α = 10.56, s = 0.61,
        // β = 11.64 of Fader & Hardie's Pareto/NBD implementation note; with those, all nine match to 1e-8.
        var twoDecimals = ParetoNbdModel.Create(0.55, 10.56, 0.61, 11.64);
        Within.Relative(expected, twoDecimals.ExpectedTransactionsNewCustomer(t), 1e-4);
    }
}
