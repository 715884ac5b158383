using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 4: a fit says why it stopped, and only an interior optimum is <see cref="FitStopReason.Converged"/>.
/// Data that cannot identify a model (no repeat buyer, every age 0, one customer) is <see cref="FitStopReason.DegenerateData"/>
/// whatever the optimiser does; the scale-aware convergence test lets the CDNOW master cohort's Gamma-Gamma fit converge
/// with the default options.
/// </summary>
public class FitOutcomeTests
{
    private static readonly CustomerSummary[] NoRepeatBuyers = [.. Enumerable.Range(0, 500).Select(i => CustomerSummary.Create(0, 0, 1 + (i % 39)))];

    private static readonly CustomerSummary[] Defaults = new CustomerSummary[100];

    [Fact]
    public void The_master_cohort_gamma_gamma_fit_converges_with_default_options()
    {
        // Issue 13: with the absolute gradient test this fit sat at its optimum reporting "not converged" (1.39e-8 > 1e-8).
        var data = CdnowMaster.Summaries;
        Assert.Equal(23_570, data.Count);
        var fit = GammaGammaModel.Fit(data);
        Assert.True(fit.StopReason == FitStopReason.Converged, fit.ToString());
        Assert.All(fit.Parameters, p => Assert.True(p.StandardError > 0d));
    }

    [Fact]
    public void The_published_cdnow_fits_report_converged()
    {
        Assert.Equal(FitStopReason.Converged, CdnowFits.BgNbd.StopReason);
        Assert.Equal(FitStopReason.Converged, CdnowFits.ParetoNbd.StopReason);
        Assert.Equal(FitStopReason.Converged, CdnowFits.GammaGamma.StopReason);
    }

    [Fact]
    public void No_repeat_buyers_is_degenerate_data_for_every_count_model()
    {
        AssertDegenerate(BgNbdModel.Fit(NoRepeatBuyers), "no customer has a repeat transaction");
        AssertDegenerate(ParetoNbdModel.Fit(NoRepeatBuyers), "no customer has a repeat transaction");
        AssertDegenerate(MbgNbdModel.Fit(NoRepeatBuyers), "no customer has a repeat transaction");
    }

    [Fact]
    public void Default_summaries_are_degenerate_data_not_a_fit_after_zero_iterations()
    {
        // 100 default(CustomerSummary) values: x = 0 and T = 0 for everyone (issue 13's example).
        AssertDegenerate(BgNbdModel.Fit(Defaults), "no customer has a repeat transaction");
        AssertDegenerate(ParetoNbdModel.Fit(Defaults), "no customer has a repeat transaction");
    }

    [Fact]
    public void All_ages_zero_and_a_single_customer_and_identical_customers_are_degenerate()
    {
        // Repeat buyers whose whole history is on the last day: x > 0 but T = 0 for everyone.
        var atTheEnd = Enumerable.Range(1, 20).Select(i => CustomerSummary.Create(i % 3, 0, 0)).ToArray();
        AssertDegenerate(BgNbdModel.Fit(atTheEnd), "every customer's age T is 0");
        AssertDegenerate(BgNbdModel.Fit([CustomerSummary.Create(3, 20, 39, 15)]), "a single customer");
        AssertDegenerate(GammaGammaModel.Fit([CustomerSummary.Create(3, 20, 39, 15)]), "a single customer");
        AssertDegenerate(BgNbdModel.Fit(Enumerable.Repeat(CustomerSummary.Create(2, 10, 39, 20), 100).ToArray()), "all 100 customers have the same summary");
    }

    [Fact]
    public void A_starved_budget_is_the_iteration_limit()
    {
        var fit = ParetoNbdModel.Fit(CdnowData.Summaries, [], FitOptions.Create(maxIterations: 3));
        Assert.Equal(FitStopReason.IterationLimit, fit.StopReason);
        Assert.False(fit.Converged);
        Assert.Equal(3, fit.Iterations);
    }

    [Fact]
    public void A_converged_fit_always_has_standard_errors_and_the_stop_reason_is_never_unknown()
    {
        // The law behind "the caller can tell a usable optimum from a boundary one", over data on which peers fail.
        var cases = new[]
        {
            CdnowData.Summaries.Take(300).ToArray(),
            Enumerable.Range(1, 50).Select(i => CustomerSummary.Create((i % 7) + 1, 30 + (i % 5), 30 + (i % 5), 10 + i)).ToArray(),
            NoRepeatBuyers,
        };
        foreach (var data in cases)
        {
            foreach (var report in new[] { BgNbdModel.Fit(data).Report, ParetoNbdModel.Fit(data).Report, MbgNbdModel.Fit(data).Report })
            {
                Assert.NotEqual(FitStopReason.Unknown, report.StopReason);
                Assert.True(!report.Converged || report.Parameters.All(p => p.StandardError is > 0d), report.ToString());
            }
        }
    }

    private static void AssertDegenerate<T>(ModelFit<T> fit, string why)
        where T : struct
    {
        Assert.Equal(FitStopReason.DegenerateData, fit.StopReason);
        Assert.False(fit.Converged);
        Assert.Contains(why, fit.Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }
}
