using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>The analytic gradients of the three log-likelihoods against central finite differences.</summary>
public class GradientTests
{
    internal static readonly CustomerSummary[] Mixed =
    [
        .. CdnowData.Summaries.Take(300),
        CustomerSummary.Create(200, 38, 40),
        CustomerSummary.Create(5, 10, 10),
        CustomerSummary.Create(1, 0.5, 80),
        CustomerSummary.Create(0, 0, 0.25),
    ];

    private static void CheckGradient(ILikelihood likelihood, double[] point)
    {
        var analytic = new double[point.Length];
        likelihood.Evaluate(point, analytic);
        var scratch = new double[point.Length];
        for (int j = 0; j < point.Length; j++)
        {
            double h = 1e-6 * point[j];
            var plus = (double[])point.Clone();
            var minus = (double[])point.Clone();
            plus[j] += h;
            minus[j] -= h;
            double numeric = (likelihood.Evaluate(plus, scratch) - likelihood.Evaluate(minus, scratch)) / (2 * h);
            Assert.True(Math.Abs(numeric - analytic[j]) <= 1e-5 * Math.Max(1d, Math.Abs(numeric)), $"parameter {j}: analytic {analytic[j]}, numeric {numeric}");
        }
    }

    [Theory]
    [InlineData(0.2425982, 4.4136842, 0.7929899, 2.4261667)]
    [InlineData(1.5, 0.3, 0.2, 0.4)]
    [InlineData(0.05, 30, 3, 0.9)]
    public void BgNbd_gradient_matches_finite_differences(double r, double alpha, double a, double b) =>
        CheckGradient(new BgNbdLikelihood(SummaryTable.Create(Mixed, [])), [r, alpha, a, b]);

    [Theory]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237)] // alpha < beta branch
    [InlineData(0.55, 12.0, 0.6, 9.0)]                          // alpha >= beta branch
    [InlineData(2.0, 40.0, 1.5, 0.5)]                           // z near 1 for t_x = 0
    [InlineData(0.3, 5.0, 1.0, 5.0)]                            // alpha = beta (z = 0)
    public void ParetoNbd_gradient_matches_finite_differences(double r, double alpha, double s, double beta) =>
        CheckGradient(new ParetoNbdLikelihood(SummaryTable.Create(Mixed, [])), [r, alpha, s, beta]);

    [Theory]
    [InlineData(6.25, 3.74, 15.44)]
    [InlineData(0.5, 1.2, 100)]
    public void GammaGamma_gradient_matches_finite_differences(double p, double q, double gamma) =>
        CheckGradient(GammaGammaLikelihood.Create(CdnowData.Summaries, []), [p, q, gamma]);

    [Fact]
    public void Models_expose_the_same_log_likelihood_as_the_fit()
    {
        var fit = CdnowFits.BgNbd;
        double sum = CdnowData.Summaries.Sum(c => fit.Model.LogLikelihood(c));
        Assert.Equal(fit.LogLikelihood, sum, 6);
        var pn = CdnowFits.ParetoNbd;
        Assert.Equal(pn.LogLikelihood, CdnowData.Summaries.Sum(c => pn.Model.LogLikelihood(c)), 6);
        var gg = CdnowFits.GammaGamma;
        Assert.Equal(gg.LogLikelihood, CdnowData.Summaries.Where(c => c.Frequency > 0).Sum(c => gg.Model.LogLikelihood(c)), 6);
    }
}
