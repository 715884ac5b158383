using Crm.Domain.CustomerValue.Models.ParetoNbd;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// P(X(t) = n) of the Pareto/NBD (Fader &amp; Hardie, "Deriving an expression for P(X(t) = x) under the Pareto/NBD
/// model", 2006): against the note's closed form at 40 digits, against an independent 2-D integration over the
/// mixing distributions, and the laws of a distribution (sums to 1, mean = E[X(t)]).
/// </summary>
public class ParetoNbdCountTests
{
    // BTYD's full-precision CDNOW parameters (README of ../shared/data/cdnow).
    private static readonly ParetoNbdModel Cdnow = ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);

    [Theory]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 0, 39, 0.59356923985284031)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 1, 39, 0.16558528465416735)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 5, 52, 0.023770725449010615)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 3, 1, 0.00021598540514478161)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 10, 52, 0.0058870393778842404)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 40, 52, 1.0380990802779184e-5)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 200, 52, 6.4820567053970093e-19)]
    [InlineData(2.0, 3.0, 1.5, 20.0, 0, 5, 0.21705630699003624)]
    [InlineData(2.0, 3.0, 1.5, 20.0, 4, 10, 0.083269296035375811)]
    [InlineData(2.0, 3.0, 1.5, 20.0, 20, 10, 0.0035840646055622068)]
    [InlineData(1.2, 30.0, 0.4, 5.0, 0, 2, 0.93042603460649075)]
    [InlineData(1.2, 30.0, 0.4, 5.0, 2, 100, 0.089367284367332486)]
    [InlineData(1.2, 30.0, 0.4, 5.0, 30, 100, 4.4422844839872406e-5)]
    public void Matches_the_closed_form_of_the_note_at_40_digits(double r, double alpha, double s, double beta, int n, double t, double expected)
    {
        // Independent reference: the note's closed form, NB(n; r, α, t)(β/(β+t))^s + α^r β^s B(r+n, s+1)/B(r, s)
        // [B1 − Σ_{i=0..n} (r+s)_i t^i / i! B2(i)] with B1, B2 the 2F1 terms of the α ≥ β or α < β branch, evaluated
        // with mpmath.hyp2f1 at 40 significant digits (so that the cancellation of the finite sum is harmless).
        // Both branches (α < β: CDNOW and the second set; α > β: the third) are covered.
        Within.Relative(expected, ParetoNbdModel.Create(r, alpha, s, beta).ProbabilityOfTransactions(n, t), 1e-12);
    }

    [Theory]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 0, 39)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 2, 39)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 7, 78)]
    [InlineData(2.0, 3.0, 1.5, 20.0, 3, 10)]
    [InlineData(1.2, 30.0, 0.4, 5.0, 1, 100)]
    public void Matches_a_numerical_integration_over_the_mixing_distributions(double r, double alpha, double s, double beta, int n, double t)
    {
        // Given λ and μ: P(X(t) = n | λ, μ) = e^−(λ+μ)t (λt)ⁿ/n! + λⁿ μ/(λ+μ)^(n+1) P(n+1, (λ+μ)t) (alive at t, or dead
        // before t after n Poisson events; P the regularised lower incomplete gamma). Integrated here against the two
        // Gamma densities by the trapezoid rule in ln λ and ln μ (spectrally accurate for these smooth, fast-decaying
        // integrands) — no code under test involved.
        double expected = MixtureIntegral(r, alpha, s, beta, n, t);
        Within.Relative(expected, ParetoNbdModel.Create(r, alpha, s, beta).ProbabilityOfTransactions(n, t), 1e-8);
    }

    [Theory]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 1)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 39)]
    [InlineData(0.5533971, 10.5801985, 0.6060625, 11.6562237, 52)]
    [InlineData(2.0, 3.0, 1.5, 20.0, 10)]
    [InlineData(1.2, 30.0, 0.4, 5.0, 100)]
    [InlineData(0.3, 0.5, 2.0, 0.2, 20)]
    public void Sums_to_one_and_its_mean_is_the_expected_number_of_transactions(double r, double alpha, double s, double beta, double t)
    {
        // E[X(t)] is validated against the published CDNOW values in CdnowValidationTests.
        var m = ParetoNbdModel.Create(r, alpha, s, beta);
        double total = 0d, mean = 0d;
        for (int n = 0; n < 20_000; n++)
        {
            double p = m.ProbabilityOfTransactions(n, t);
            total += p;
            mean += n * p;
            if (n > 50 && n * p < 1e-18)
            {
                break;
            }
        }

        Assert.Equal(1d, total, 1e-10);
        Within.Relative(m.ExpectedTransactionsNewCustomer(t), mean, 1e-9);
    }

    [Fact]
    public void Nothing_happens_in_an_empty_window()
    {
        Assert.Equal(1d, Cdnow.ProbabilityOfTransactions(0, 0));
        Assert.Equal(0d, Cdnow.ProbabilityOfTransactions(1, 0));
        Assert.Equal(0d, Cdnow.ProbabilityOfTransactions(10_000, 0));
    }

    [Fact]
    public void Frequencies_of_ten_thousand_are_finite()
    {
        // Far above the mean (CDNOW: about 1.5 a year) the probability underflows honestly to 0; with a fast buyer
        // (mean rate r/α = 100 a period) n = 10,000 is likely and the result is a proper probability.
        Assert.Equal(0d, Cdnow.ProbabilityOfTransactions(10_000, 52));
        var fast = ParetoNbdModel.Create(50, 0.5, 3, 300);
        double p = fast.ProbabilityOfTransactions(10_000, 100);
        Assert.True(p > 1e-6 && p < 1d, $"got {p}");
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_their_names()
    {
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.ProbabilityOfTransactions(-1, 1)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.ProbabilityOfTransactions(1, -1)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.ProbabilityOfTransactions(1, double.NaN)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.ProbabilityOfTransactions(1, double.PositiveInfinity)).ParamName);
    }

    [Property(Arbitrary = [typeof(CountArbitraries)], MaxTest = 150)]
    public bool Is_a_probability_for_every_valid_input(CountCase c)
    {
        double p = c.Model.ProbabilityOfTransactions(c.N, c.T);
        return double.IsFinite(p) && p is >= 0d and <= 1d;
    }

    private static double MixtureIntegral(double r, double alpha, double s, double beta, int n, double t)
    {
        const double H = 0.25;
        var lambdas = LogGrid(r, alpha);
        var mus = LogGrid(s, beta);
        double sum = 0d;
        foreach (var (lambda, wl) in lambdas)
        {
            foreach (var (mu, wm) in mus)
            {
                double rate = lambda + mu;
                double alive = Math.Exp((-rate * t) + (n * Math.Log(lambda * t)) - SpecialFunctions.GammaLn(n + 1d));
                double dead = Math.Exp((n * Math.Log(lambda)) + Math.Log(mu) - ((n + 1) * Math.Log(rate))) * SpecialFunctions.GammaLowerRegularized(n + 1d, rate * t);
                sum += wl * wm * (alive + dead);
            }
        }

        return sum;

        // Nodes λ = e^a with weights H · Gamma density(λ) · λ, a on a grid wide enough for the tails to vanish.
        static List<(double Value, double Weight)> LogGrid(double shape, double rate)
        {
            var grid = new List<(double, double)>();
            double lnNorm = (shape * Math.Log(rate)) - SpecialFunctions.GammaLn(shape);
            for (double a = -90d; a <= 12d; a += H)
            {
                double x = Math.Exp(a);
                double w = H * Math.Exp(lnNorm + (shape * a) - (rate * x));
                if (w > 1e-300)
                {
                    grid.Add((x, w));
                }
            }

            return grid;
        }
    }
}

/// <summary>A Pareto/NBD model, a count n (up to 10,000) and a window (0 to 10,000 periods).</summary>
public sealed record CountCase(ParetoNbdModel Model, int N, double T)
{
    public override string ToString() => $"{Model} n={N} t={T}";
}

/// <summary>Generators for <see cref="CountCase"/> reaching the edges (parameters 0.001 to 1,000).</summary>
public static class CountArbitraries
{
    private static Gen<double> Parameter() =>
        Gen.OneOf(Gen.Elements(0.001, 0.01, 0.5, 1.0, 50.0, 1000.0), Gen.Choose(1, 5000).Select(i => i / 100d));

    public static Arbitrary<CountCase> Cases() =>
        (from r in Parameter()
         from alpha in Parameter()
         from s in Parameter()
         from beta in Parameter()
         from n in Gen.OneOf(Gen.Elements(0, 1, 10_000), Gen.Choose(0, 100), Gen.Choose(0, 10_000))
         from t in Gen.OneOf(Gen.Elements(0d, 1e-6, 1d, 52d, 10_000d), Gen.Choose(0, 1_000_000).Select(i => i / 100d))
         select new CountCase(ParetoNbdModel.Create(r, alpha, s, beta), n, t)).ToArbitrary();
}
