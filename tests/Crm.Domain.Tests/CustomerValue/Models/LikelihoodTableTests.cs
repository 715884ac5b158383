using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgBb;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6: every model's fitting likelihood over a small weighted table — its value equals the weighted sum of
/// the per-customer log-likelihoods pinned in <see cref="ReferenceValueTests"/> (mpmath, 40 digits), its gradient (and
/// the fused BG/NBD's Hessian) equals central differences, and a row range sums like the whole.
/// </summary>
public class LikelihoodTableTests
{
    private static void Relative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Max(1d, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    private static CustomerSummary C(int x, double tx, double age, double m = 0d) => CustomerSummary.Create(x, tx, age, m);

    // The CDNOW-like customers of ReferenceValueTests with weights, and their mpmath log-likelihoods per model.
    private static readonly CustomerSummary[] Customers = [C(0, 0d, 38.86), C(2, 30.43, 38.86), C(7, 29.43, 35.38), C(1, 2d, 32d)];
    private static readonly double[] Weights = [3d, 1d, 2d, 0.5];

    private static double Weighted(params double[] logLikelihoods) => logLikelihoods.Select((l, i) => Weights[i] * l).Sum();

    /// <summary>Checks the gradient against central differences (relative step 1e-5) and returns the value.</summary>
    private static double CheckGradient(ILikelihood likelihood, double[] point)
    {
        var analytic = new double[point.Length];
        double value = likelihood.Evaluate(point, analytic);
        var scratch = new double[point.Length];
        for (int j = 0; j < point.Length; j++)
        {
            double h = 1e-5 * point[j];
            var plus = (double[])point.Clone();
            var minus = (double[])point.Clone();
            plus[j] += h;
            minus[j] -= h;
            double numeric = (likelihood.Evaluate(plus, scratch) - likelihood.Evaluate(minus, scratch)) / (2 * h);
            Relative(numeric, analytic[j], 1e-6);
        }

        return value;
    }

    private static void CheckRanges(IRowRangeLikelihood likelihood, double[] point)
    {
        var whole = new double[point.Length];
        double all = likelihood.Evaluate(point, whole);
        var first = new double[point.Length];
        var second = new double[point.Length];
        int cut = likelihood.Rows / 2;
        double sum = likelihood.Evaluate(point, 0, cut, first) + likelihood.Evaluate(point, cut, likelihood.Rows, second);
        Relative(all, sum, 1e-13);
        for (int j = 0; j < point.Length; j++)
        {
            // 1e-8: the BG/BB's gradient is itself a central difference, whose rounding differs between the sums.
            Relative(whole[j], first[j] + second[j], 1e-8);
        }
    }

    [Fact]
    public void Bg_nbd_likelihoods_sum_the_customers_reference_values()
    {
        double expected = Weighted(-0.55381991128943085, -9.4596734501159921, -21.435557214571779, -4.4637154752495888);
        double[] point = [0.2426, 4.4136, 0.7929, 2.4259];
        Relative(expected, CheckGradient(new BgNbdLikelihood(SummaryTable.Create(Customers, Weights)), point), 1e-12);

        var fused = new BgNbdFusedLikelihood(GroupedSummaries.Create(Customers, Weights), 1);
        Relative(expected, CheckGradient(fused, point), 1e-12);
        Assert.Equal(6.5, fused.TotalWeight);

        // The fused likelihood's Hessian against central differences of its gradient.
        var gradient = new double[4];
        var hessian = new double[16];
        Relative(expected, fused.Evaluate(point, gradient, hessian), 1e-12);
        var gPlus = new double[4];
        var gMinus = new double[4];
        for (int j = 0; j < 4; j++)
        {
            double h = 1e-5 * point[j];
            var plus = (double[])point.Clone();
            var minus = (double[])point.Clone();
            plus[j] += h;
            minus[j] -= h;
            fused.Evaluate(plus, gPlus);
            fused.Evaluate(minus, gMinus);
            for (int i = 0; i < 4; i++)
            {
                Relative((gPlus[i] - gMinus[i]) / (2 * h), hessian[(i * 4) + j], 1e-5);
            }
        }
    }

    [Fact]
    public void Mbg_nbd_likelihood_sums_the_customers_reference_values()
    {
        var customers = Customers[..3];
        var weights = Weights[..3];
        double expected = (3d * -0.53983746353101456) + (1d * -9.4855513145339315) + (2d * -21.359316936896485);
        var likelihood = new MbgNbdLikelihood(SummaryTable.Create(customers, weights));
        double[] point = [0.525, 6.183, 0.891, 1.614];
        Relative(expected, CheckGradient(likelihood, point), 1e-12);
        CheckRanges(likelihood, point);
    }

    [Theory]
    [InlineData(0.5533, 10.5776, 0.6061, 11.6650, -0.52122598002834435, -9.5542776090240355, -21.146638776096144, -4.4452146875387432)]
    [InlineData(0.55, 12d, 0.6, 5d, -0.36805692296782867, -9.9539145147709364, -21.702477873689134, -4.381507682841353)]
    [InlineData(0.8, 100d, 1d, 1d, -0.02584331439366315, -13.191837429877126, -30.008149318882801, -6.0697262393825244)]
    [InlineData(0.8, 3d, 2.5, 40d, -1.0844859900147498, -10.531862914411096, -20.792335286126818, -3.9637346433631221)]
    public void Pareto_nbd_likelihood_sums_the_customers_reference_values(double r, double alpha, double s, double beta, double l0, double l1, double l2, double l3)
    {
        var likelihood = new ParetoNbdLikelihood(SummaryTable.Create(Customers, Weights));
        double[] point = [r, alpha, s, beta];
        Relative(Weighted(l0, l1, l2, l3), CheckGradient(likelihood, point), 1e-11);
        CheckRanges(likelihood, point);
    }

    [Fact]
    public void Gamma_gamma_likelihood_sums_the_repeat_buyers_reference_values()
    {
        // The customer with x = 0 is skipped; the others are (1, 35.654), (2, 22.345), (10, 100).
        CustomerSummary[] customers = [C(1, 1d, 2d, 35.654), C(0, 0d, 5d), C(2, 1d, 2d, 22.345), C(10, 1d, 2d, 100d)];
        double[] weights = [2d, 7d, 1d, 0.5];
        double expected = (2d * -4.2136200988407643) + (1d * -3.5511891641399508) + (0.5 * -7.1477526916018243);
        var likelihood = GammaGammaLikelihood.Create(customers, weights);
        Assert.Equal(3.5, likelihood.TotalWeight);
        Assert.Equal(3, likelihood.Count);
        double[] point = [6.25, 3.74, 15.44];
        Relative(expected, CheckGradient(likelihood, point), 1e-12);
        CheckRanges(likelihood, point);
        Relative(((2d * 35.654) + 22.345 + (0.5 * 100d)) / 3.5, likelihood.MeanSpend, 1e-12);
    }

    [Fact]
    public void Bg_bb_likelihood_sums_the_customers_reference_values()
    {
        CustomerSummary[] customers = [C(0, 0d, 6d), C(3, 4d, 6d), C(6, 6d, 6d), C(2, 5d, 6d), C(1, 1d, 6d)];
        double[] weights = [3464d, 181d, 1203d, 173d, 1091d];
        double expected = (3464d * -1.1672624726738938) + (181d * -5.0593079474111037) + (1203d * -2.1822484476182998) + (173d * -5.5065845926185685) + (1091d * -2.288531685666258);
        var likelihood = new BgBbLikelihood(SummaryTable.Create(customers, weights));
        double[] point = [1.204, 0.750, 0.657, 2.783];
        Relative(expected, CheckGradient(likelihood, point), 1e-12);
        CheckRanges(likelihood, point);
    }

    [Fact]
    public void Summary_tables_merge_identical_customers_and_skip_zero_weights()
    {
        CustomerSummary[] customers = [C(2, 5d, 10d), C(0, 0d, 4d), C(2, 5d, 10d), C(1, 1d, 3d)];
        var table = SummaryTable.Create(customers, [1d, 2d, 0.5, 0d]);
        Assert.Equal(2, table.Count);
        Assert.Equal(3.5, table.TotalWeight);
        Assert.Equal(new[] { 0, 2 }, table.X);
        Assert.Equal(new[] { 2d, 1.5 }, table.Weight);
        Assert.Equal(new[] { 4d, 10d }, table.Age);
        Assert.Equal(((2d * 4d) + (1.5 * 10d)) / 3.5, TransactionModelFitting.MeanAge(table), 14);
        Assert.Equal(1e-3, TransactionModelFitting.MeanAge(SummaryTable.Create([C(0, 0d, 0d)], [])));
        Assert.Null(TransactionModelFitting.Degeneracy(table));
        Assert.Throws<ArgumentException>(() => SummaryTable.Create(customers, [0d, 0d, 0d, 0d]));
        Assert.Equal("weights[1]", Assert.Throws<ArgumentOutOfRangeException>(() => SummaryTable.Create(customers, [1d, -1d, 1d, 1d])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryTable.Create(customers, [1d, double.NaN, 1d, 1d]));
        Assert.Throws<ArgumentException>(() => SummaryTable.Create(customers, [1d]));
        Assert.Throws<ArgumentException>(() => SummaryTable.Create([], []));
    }
}
