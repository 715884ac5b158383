using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Data on which peers fail (issue 4, item 5): frequencies up to 10,000, t_x = T, all x = 0, one customer, all customers
/// identical. Every fit must return finite numbers and either converge or say it did not; never throw, never NaN.
/// </summary>
public class FitRobustnessTests
{
    public static TheoryData<string> Cases => ["heavy", "txEqualsT", "allZero", "one", "identical"];

    private static CustomerSummary[] Data(string name) => name switch
    {
        "heavy" => [.. CdnowData.Summaries.Take(200), CustomerSummary.Create(10_000, 38.5, 39, 12.5), CustomerSummary.Create(5_000, 39, 39, 8), CustomerSummary.Create(2_000, 20, 39, 1)],
        "txEqualsT" => [.. Enumerable.Range(1, 50).Select(i => CustomerSummary.Create(i % 7 + 1, 30 + (i % 5), 30 + (i % 5), 10 + i))],
        "allZero" => [.. Enumerable.Range(1, 40).Select(i => CustomerSummary.Create(0, 0, i))],
        "one" => [CustomerSummary.Create(3, 20, 39, 15)],
        "identical" => [.. Enumerable.Repeat(CustomerSummary.Create(2, 10, 39, 20), 100)],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static void AssertHonest<T>(ModelFit<T> fit)
        where T : struct
    {
        Assert.True(double.IsFinite(fit.LogLikelihood));
        Assert.True(double.IsFinite(fit.GradientNorm));
        Assert.All(fit.Parameters, p => Assert.True(double.IsFinite(p.Value) && p.Value > 0d));
        Assert.All(fit.Parameters, p => Assert.True(p.StandardError is null || (double.IsFinite(p.StandardError.Value) && p.StandardError > 0d)));
        Assert.False(string.IsNullOrWhiteSpace(fit.Message));
        Assert.True(fit.Converged || !fit.Message.StartsWith("converged", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BgNbd_fit_is_finite_and_honest(string name)
    {
        var fit = BgNbdModel.Fit(Data(name));
        AssertHonest(fit);
        var c = CustomerSummary.Create(10_000, 39, 39);
        Assert.True(double.IsFinite(fit.Model.ExpectedTransactions(c, 52)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParetoNbd_fit_is_finite_and_honest(string name)
    {
        var fit = ParetoNbdModel.Fit(Data(name));
        AssertHonest(fit);
        Assert.InRange(fit.Model.ProbabilityAlive(CustomerSummary.Create(10_000, 20, 39)), 0d, 1d);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GammaGamma_fit_is_finite_and_honest_or_refuses_data_without_repeat_spend(string name)
    {
        var data = Data(name);
        if (name == "allZero")
        {
            var ex = Assert.Throws<ArgumentException>(() => GammaGammaModel.Fit(data));
            Assert.Contains("frequency (x) > 0", ex.Message, StringComparison.Ordinal);
            return;
        }

        AssertHonest(GammaGammaModel.Fit(data));
    }

    [Fact]
    public void The_heavy_customer_check_of_the_README_is_finite()
    {
        // README: BG/NBD per-customer LL (a = 0.8, b = 2.5, r = 0.25, alpha = 4, T = 40), x = 200, t.x = 38 -> 100.7957.
        var m = BgNbdModel.Create(0.25, 4, 0.8, 2.5);
        Assert.Equal(100.7957, m.LogLikelihood(CustomerSummary.Create(200, 38, 40)), 3);
        Assert.True(double.IsFinite(m.LogLikelihood(CustomerSummary.Create(10_000, 38, 40))));
        Assert.InRange(m.ProbabilityAlive(CustomerSummary.Create(10_000, 38, 40)), 0d, 1d);
    }

    [Fact]
    public void A_starved_iteration_budget_is_reported_as_not_converged()
    {
        var fit = BgNbdModel.Fit(CdnowData.Summaries, [], FitOptions.Create(maxIterations: 2));
        Assert.False(fit.Converged);
        Assert.Equal(2, fit.Iterations);
        Assert.Contains("iteration limit", fit.Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }

    [Fact]
    public void Weighted_fit_equals_the_fit_on_expanded_data()
    {
        var rng = new Random(7);
        var distinct = CdnowData.Summaries.Where((_, i) => i % 23 == 0).ToArray();
        var counts = distinct.Select(_ => (double)rng.Next(1, 5)).ToArray();
        var expanded = distinct.SelectMany((c, i) => Enumerable.Repeat(c, (int)counts[i])).ToArray();

        var weighted = BgNbdModel.Fit(distinct, counts);
        var plain = BgNbdModel.Fit(expanded);
        Assert.Equal(plain.Customers, weighted.Customers);
        Assert.Equal(plain.LogLikelihood, weighted.LogLikelihood, 8);
        Assert.Equal(plain.Model.R, weighted.Model.R, 8);
        Assert.Equal(plain.Model.B, weighted.Model.B, 8);

        var pw = ParetoNbdModel.Fit(distinct, counts);
        var pe = ParetoNbdModel.Fit(expanded);
        Assert.Equal(pe.LogLikelihood, pw.LogLikelihood, 8);
        Assert.Equal(pe.Model.Beta, pw.Model.Beta, 6);

        var gw = GammaGammaModel.Fit(distinct, counts);
        var ge = GammaGammaModel.Fit(expanded);
        Assert.Equal(ge.LogLikelihood, gw.LogLikelihood, 8);
        Assert.Equal(ge.Model.Q, gw.Model.Q, 8);
    }

    [Fact]
    public void Compression_makes_cost_follow_distinct_rows()
    {
        var fit = CdnowFits.BgNbd;
        Assert.Equal(2357d, fit.Customers);
        Assert.True(fit.DistinctRows < 2357);
    }

    [Fact]
    public void An_L2_penalty_shrinks_the_parameters()
    {
        var plain = CdnowFits.BgNbd.Model;
        var penalised = BgNbdModel.Fit(CdnowData.Summaries, [], FitOptions.Create(l2Penalty: 0.01)).Model;
        Assert.True(penalised.Alpha < plain.Alpha);
        Assert.True(penalised.B < plain.B);
    }
}
