using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgBb;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 18 (item 2, fits): the Pareto/NBD, MBG/NBD, Gamma-Gamma and BG/BB likelihoods are summed in the fixed blocks of
/// <see cref="FixedBlocks"/>, so a fit gives the same bits at every <see cref="FitOptions.MaxDegreeOfParallelism"/>, and
/// the blocked sum is the plain one to rounding.
/// </summary>
public class ParallelFitTests
{
    private static readonly Lazy<CustomerSummary[]> Synthetic = new(() => BgNbdFusedFitTests.Simulated(20_000, 11));

    /// <summary>20,000 repeat customers with continuous average spend: 20,000 distinct (x, m̄) rows.</summary>
    private static readonly Lazy<CustomerSummary[]> Spend = new(() =>
    {
        var rng = new Random(5);
        return Enumerable.Range(0, 20_000).Select(_ => CustomerSummary.Create(1 + rng.Next(12), rng.NextDouble() * 39, 39, 10 + (90 * rng.NextDouble()))).ToArray();
    });

    /// <summary>Every discrete history (x, t_x, n) with n ≤ 36: 8,472 distinct rows (two blocks).</summary>
    private static readonly Lazy<CustomerSummary[]> Discrete = new(() =>
    {
        var rows = new List<CustomerSummary>();
        for (int n = 1; n <= 36; n++)
        {
            rows.Add(CustomerSummary.Create(0, 0, n));
            for (int x = 1; x <= n; x++)
            {
                for (int tx = x; tx <= n; tx++)
                {
                    rows.Add(CustomerSummary.Create(x, tx, n));
                }
            }
        }

        return [.. rows];
    });

    private static IEnumerable<(string Name, IRowRangeLikelihood Likelihood, double[] Point)> Likelihoods()
    {
        var table = SummaryTable.Create(Synthetic.Value, []);
        yield return ("Pareto/NBD", new ParetoNbdLikelihood(table), [0.55, 10.58, 0.61, 11.67]);
        yield return ("MBG/NBD", new MbgNbdLikelihood(table), [0.5, 6, 0.7, 2.5]);
        yield return ("Gamma-Gamma", GammaGammaLikelihood.Create(Spend.Value, []), [6.25, 3.74, 15.44]);
        yield return ("BG/BB", new BgBbLikelihood(SummaryTable.Create(Discrete.Value, [])), [1.2, 0.75, 0.66, 2.78]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_blocked_likelihood_has_the_same_bits_at_any_degree_and_the_plain_sum_to_rounding(int degree)
    {
        foreach (var (name, likelihood, point) in Likelihoods())
        {
            Assert.True(likelihood.Rows > FixedBlocks.DefaultSize, $"{name}: {likelihood.Rows} rows, one block");
            int k = likelihood.Dimension;
            var one = new double[k];
            var many = new double[k];
            var plain = new double[k];
            double sequential = BlockedLikelihood.Wrap(likelihood, 1).Evaluate(point, one);
            Assert.Equal(sequential, BlockedLikelihood.Wrap(likelihood, degree).Evaluate(point, many));
            Assert.Equal(one, many);

            double sum = likelihood.Evaluate(point, plain);
            Assert.True(Math.Abs(sum - sequential) <= 1e-12 * Math.Abs(sum), $"{name}: {sum:R} against {sequential:R}");
            // BG/BB's gradient is a central difference (step 1e-6 θ): its rounding, about 1e-16 |LL| / step, shows once
            // the blocks' differences are added instead of the difference of the sums.
            double tolerance = name == "BG/BB" ? 1e-6 : 1e-9;
            for (int j = 0; j < k; j++)
            {
                Assert.True(Math.Abs(plain[j] - one[j]) <= tolerance * Math.Max(1d, Math.Abs(plain[j])), $"{name} gradient {j}: {plain[j]:R} against {one[j]:R}");
            }
        }
    }

    [Fact]
    public void Pareto_mbg_and_gamma_gamma_fits_are_the_same_bits_on_two_threads()
    {
        var two = FitOptions.Default.WithMaxDegreeOfParallelism(2);
        Same(ParetoNbdModel.Fit(Synthetic.Value, []), ParetoNbdModel.Fit(Synthetic.Value, [], two));
        Same(MbgNbdModel.Fit(Synthetic.Value, []), MbgNbdModel.Fit(Synthetic.Value, [], two));
        Same(GammaGammaModel.Fit(Spend.Value, []), GammaGammaModel.Fit(Spend.Value, [], two));
    }

    private static void Same<TModel>(ModelFit<TModel> expected, ModelFit<TModel> actual)
        where TModel : struct
    {
        Assert.True(expected.Converged, expected.Message);
        Assert.True(expected.DistinctRows > FixedBlocks.DefaultSize, $"{expected.DistinctRows} rows, one block");
        Assert.Equal(expected.LogLikelihood, actual.LogLikelihood);
        Assert.Equal(expected.Model, actual.Model);
        Assert.Equal(expected.Iterations, actual.Iterations);
        Assert.Equal(expected.Parameters.Select(e => e.StandardError), actual.Parameters.Select(e => e.StandardError));
    }
}
