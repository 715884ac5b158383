using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgBb;
using Crm.Domain.CustomerValue.Models.Fitting;
using MathNet.Numerics;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 14, item 5: BG/BB on the donation data of Fader, Hardie &amp; Shang (2010), "Customer-Base Analysis in a
/// Discrete-Time Noncontractual Setting", Marketing Science 29(6): 11,104 first-time donors of 1995, six yearly
/// opportunities (1996–2001). The recency/frequency table is the one distributed with the paper (brucehardie.com
/// datasets; lifetimes' donations.csv); the published estimates are α = 1.204, β = 0.750, γ = 0.657, δ = 2.783.
/// </summary>
public class BgBbTests
{
    // (x, t_x, customers) with n = 6.
    private static readonly (int X, int Tx, int Count)[] Donations =
    [
        (0, 0, 3464), (1, 1, 1091), (1, 2, 277), (1, 3, 129), (1, 4, 78), (1, 5, 119), (1, 6, 129),
        (2, 2, 613), (2, 3, 255), (2, 4, 155), (2, 5, 173), (2, 6, 234), (3, 3, 322), (3, 4, 181), (3, 5, 225),
        (3, 6, 357), (4, 4, 240), (4, 5, 284), (4, 6, 512), (5, 5, 335), (5, 6, 728), (6, 6, 1203),
    ];

    private static readonly BgBbModel Published = BgBbModel.Create(1.204, 0.750, 0.657, 2.783);

    private static readonly Lazy<ModelFit<BgBbModel>> DonationFit = new(() =>
        BgBbModel.Fit(Donations.Select(d => CustomerSummary.Create(d.X, d.Tx, 6)).ToArray(), Donations.Select(d => (double)d.Count).ToArray()));

    [Fact]
    public void The_fit_rounds_to_the_published_parameters()
    {
        var fit = DonationFit.Value;
        Assert.Equal(11_104d, fit.Customers);
        Assert.True(fit.Converged, fit.ToString());
        Assert.Equal(1.204, fit.Model.Alpha, 0.0005 + 1e-9);
        Assert.Equal(0.750, fit.Model.Beta, 0.0005 + 1e-9);
        Assert.Equal(0.657, fit.Model.Gamma, 0.0005 + 1e-9);
        Assert.Equal(2.783, fit.Model.Delta, 0.0005 + 1e-9);
        Assert.True(fit.LogLikelihood > Donations.Sum(d => d.Count * Published.LogLikelihood(CustomerSummary.Create(d.X, d.Tx, 6))) - 1e-6);
    }

    [Fact]
    public void The_likelihood_of_the_donation_data_sums_to_one_over_all_histories()
    {
        // Every possible (x, t_x) for n = 6 is one of the 22 patterns of the table, and C(t_x - 1, x - 1) sequences of
        // purchases share each (x, t_x) and its likelihood: summed over all 2^6 histories, the probabilities make 1.
        double total = Donations.Sum(d => (d.X == 0 ? 1d : SpecialFunctions.Binomial(d.Tx - 1, d.X - 1)) * Math.Exp(Published.LogLikelihood(CustomerSummary.Create(d.X, d.Tx, 6))));
        Assert.Equal(1d, total, 10);
    }

    [Fact]
    public void Conditional_expectations_equal_the_papers_closed_form()
    {
        // FHS (2010) eq. 13 in Gamma functions, against the term-by-term sum the model computes.
        var m = Published;
        foreach (var (x, tx, _) in Donations)
        {
            var c = CustomerSummary.Create(x, tx, 6);
            double l = Math.Exp(m.LogLikelihood(c));
            double lead = Math.Exp(SpecialFunctions.BetaLn(m.Alpha + x + 1, m.Beta + 6 - x) - SpecialFunctions.BetaLn(m.Alpha, m.Beta)) / l;
            double g(double v) => SpecialFunctions.GammaLn(v);
            double closed = lead * m.Delta / (m.Gamma - 1d) * Math.Exp(g(m.Gamma + m.Delta) - g(1 + m.Delta))
                * (Math.Exp(g(1 + m.Delta + 6) - g(m.Gamma + m.Delta + 6)) - Math.Exp(g(1 + m.Delta + 11) - g(m.Gamma + m.Delta + 11)));
            Assert.Equal(closed, m.ExpectedTransactions(c, 5), 10);
        }
    }

    [Fact]
    public void P_alive_and_dert_follow_their_definitions()
    {
        var m = Published;
        var best = CustomerSummary.Create(6, 6, 6);
        var lapsed = CustomerSummary.Create(1, 1, 6);
        Assert.InRange(m.ProbabilityAlive(best), m.ProbabilityAlive(lapsed), 1d);

        // DERT by its definition: each future year's expected transactions (differences of E[X(n, n + k)]) discounted.
        double byDefinition = 0d;
        for (int k = 1; k <= 400; k++)
        {
            byDefinition += (m.ExpectedTransactions(best, k) - m.ExpectedTransactions(best, k - 1)) / Math.Pow(1.1, k);
        }

        Assert.Equal(byDefinition, m.DiscountedExpectedResidualTransactions(best, 0.1), 8);
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ProbabilityAlive(CustomerSummary.Create(3, 2, 6)));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ProbabilityAlive(CustomerSummary.Create(1, 1.5, 6)));
    }
}
