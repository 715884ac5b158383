using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 18 (item 3): the BG/NBD fit runs a fused, vectorised likelihood over rows grouped by x, merges identical rows
/// only when that pays, and may use several threads. The optimum must be today's (the per-row likelihood
/// <see cref="BgNbdLikelihood"/> under the same optimiser): log-likelihood within 1e-6 relative, parameters within 1e-6
/// relative; the threads must not change a bit.
/// </summary>
public class BgNbdFusedFitTests
{
    private static readonly Lazy<CustomerSummary[]> Synthetic = new(() => Simulated(20_000, 11));

    /// <summary>Customers drawn from the CDNOW BG/NBD (Fader, Hardie &amp; Lee 2005) with continuous ages in [27, 39] weeks.</summary>
    internal static CustomerSummary[] Simulated(int count, int seed)
    {
        var rng = new Random(seed);
        var ages = Enumerable.Range(0, count).Select(_ => 27 + (rng.NextDouble() * 12)).ToArray();
        var result = new CustomerSummary[count];
        BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667).Simulate(ages, seed, result);
        return result;
    }

    /// <summary>
    /// Today's fit path: distinct rows through the per-row likelihood, with BFGS, run to a gradient 1,000 times smaller
    /// than the default: at the default tolerance BFGS stops up to about 1.5e-6 (relative) short of the optimum in the
    /// flattest parameter (b on the synthetic set), while the Newton path lands on it, so the default BFGS point is not
    /// a reference to 1e-6.
    /// </summary>
    internal static RawFit Previous(CustomerSummary[] customers)
    {
        var table = SummaryTable.Create(customers, []);
        double[] start = [1d, TransactionModelFitting.MeanAge(table), 1d, 1d];
        return MaximumLikelihood.Fit(new BgNbdLikelihood(table), start, FitOptions.Create(gradientTolerance: 1e-11));
    }

    [Theory]
    [InlineData(0.2425982, 4.4136842, 0.7929899, 2.4261667)]
    [InlineData(1.5, 0.3, 0.2, 0.4)]
    [InlineData(0.05, 30, 3, 0.9)]
    public void The_fused_likelihood_is_the_per_row_likelihood(double r, double alpha, double a, double b)
    {
        foreach (var data in new[] { GradientTests.Mixed, Synthetic.Value })
        {
            double[] p = [r, alpha, a, b];
            var expected = new double[4];
            var actual = new double[4];
            double ll = new BgNbdLikelihood(SummaryTable.Create(data, [])).Evaluate(p, expected);
            double fused = new BgNbdFusedLikelihood(GroupedSummaries.Create(data, []), 1).Evaluate(p, actual);
            Within.Relative(ll, fused, 1e-12);
            for (int j = 0; j < 4; j++)
            {
                Assert.True(Math.Abs(actual[j] - expected[j]) <= 1e-9 * Math.Max(1d, Math.Abs(expected[j])), $"gradient {j}: {expected[j]:R} against {actual[j]:R}");
            }
        }
    }

    [Fact]
    public void Cdnow_fit_has_the_previous_optimum()
    {
        var previous = Previous(CdnowData.Summaries);
        var fit = CdnowFits.BgNbd;
        Within.Relative(previous.LogLikelihood, fit.LogLikelihood, 1e-6);
        Within.Relative(previous.Parameters[0], fit.Model.R, 1e-6);
        Within.Relative(previous.Parameters[1], fit.Model.Alpha, 1e-6);
        Within.Relative(previous.Parameters[2], fit.Model.A, 1e-6);
        Within.Relative(previous.Parameters[3], fit.Model.B, 1e-6);
    }

    [Fact]
    public void Synthetic_fit_is_unmerged_has_the_previous_optimum_and_the_same_bits_on_two_threads()
    {
        var data = Synthetic.Value;
        var fit = BgNbdModel.Fit(data);
        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(data.Length, fit.DistinctRows); // continuous ages: nothing to merge, so no merge was tried
        var previous = Previous(data);
        Within.Relative(previous.LogLikelihood, fit.LogLikelihood, 1e-6);
        Within.Relative(previous.Parameters[0], fit.Model.R, 1e-6);
        Within.Relative(previous.Parameters[1], fit.Model.Alpha, 1e-6);
        Within.Relative(previous.Parameters[2], fit.Model.A, 1e-6);
        Within.Relative(previous.Parameters[3], fit.Model.B, 1e-6);

        var parallel = BgNbdModel.Fit(data, [], FitOptions.Default.WithMaxDegreeOfParallelism(2));
        Assert.Equal(fit.LogLikelihood, parallel.LogLikelihood);
        Assert.Equal(fit.Model, parallel.Model);
        Assert.Equal(fit.Iterations, parallel.Iterations);
        Assert.Equal(fit.Parameters.Select(e => e.StandardError), parallel.Parameters.Select(e => e.StandardError));
    }

    [Fact]
    public void Rows_are_merged_when_the_sample_shows_many_repeats()
    {
        // Whole-week recency and age: at most 40 × 40 × 13 distinct rows among 30,000 customers.
        var continuous = Synthetic.Value.Concat(Simulated(10_000, 12)).ToArray();
        var weeks = continuous.Select(c => CustomerSummary.Create(Math.Min(c.Frequency, 12), Math.Floor(c.Recency), Math.Ceiling(c.Age))).ToArray();
        Assert.False(GroupedSummaries.WorthMerging(continuous));
        Assert.True(GroupedSummaries.WorthMerging(weeks));
        var fit = BgNbdModel.Fit(weeks);
        Assert.True(fit.DistinctRows < weeks.Length / 2, $"{fit.DistinctRows} rows");
        Assert.Equal(weeks.Length, fit.Customers);
    }

    [Fact]
    public void Degree_of_parallelism_is_checked()
    {
        Assert.Equal(1, FitOptions.Default.MaxDegreeOfParallelism);
        Assert.Equal(3, FitOptions.Create(0.1).WithMaxDegreeOfParallelism(3).MaxDegreeOfParallelism);
        Assert.Equal(0.1, FitOptions.Create(0.1).WithMaxDegreeOfParallelism(3).L2Penalty);
        Assert.Throws<ArgumentOutOfRangeException>(() => FitOptions.Default.WithMaxDegreeOfParallelism(0));
    }
}
