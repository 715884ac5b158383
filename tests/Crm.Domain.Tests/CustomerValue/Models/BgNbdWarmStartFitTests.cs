using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 18 (item 3, single core): a large BG/NBD fit starts at the fit of a strided subsample. The optimum must stay
/// the previous one (the per-row likelihood under BFGS at a tight tolerance, <see cref="BgNbdFusedFitTests.Previous"/>):
/// log-likelihood and parameters within 1e-6 relative, and the threads must not change a bit. The 20,000-customer
/// synthetic set is fitted with a 2,000-row subsample (the library starts warm from 262,144 customers).
/// </summary>
public class BgNbdWarmStartFitTests
{
    private static void Relative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void Warm_start_has_the_previous_optimum_and_the_same_bits_on_two_threads()
    {
        var data = BgNbdFusedFitTests.Simulated(20_000, 11);
        var warm = BgNbdModel.FitGrouped(data, [], null, warmStartRows: 2_000);
        var cold = BgNbdModel.FitGrouped(data, [], null, warmStartRows: 0);
        Assert.True(warm.Converged, warm.Message);
        Assert.True(warm.Iterations < cold.Iterations, $"warm {warm.Iterations} against cold {cold.Iterations} iterations");
        var previous = BgNbdFusedFitTests.Previous(data);
        Relative(previous.LogLikelihood, warm.LogLikelihood, 1e-6);
        Relative(previous.Parameters[0], warm.Model.R, 1e-6);
        Relative(previous.Parameters[1], warm.Model.Alpha, 1e-6);
        Relative(previous.Parameters[2], warm.Model.A, 1e-6);
        Relative(previous.Parameters[3], warm.Model.B, 1e-6);

        var parallel = BgNbdModel.FitGrouped(data, [], FitOptions.Default.WithMaxDegreeOfParallelism(2), warmStartRows: 2_000);
        Assert.Equal(warm.LogLikelihood, parallel.LogLikelihood);
        Assert.Equal(warm.Model, parallel.Model);
        Assert.Equal(warm.Iterations, parallel.Iterations);
    }

    [Fact]
    public void Weighted_warm_start_has_the_unweighted_optimum_of_the_repeated_rows()
    {
        // Weight 2 on every customer is every customer twice: the same optimum, warm or cold.
        var data = BgNbdFusedFitTests.Simulated(20_000, 12);
        var weights = Enumerable.Repeat(2d, data.Length).ToArray();
        var warm = BgNbdModel.FitGrouped(data, weights, null, warmStartRows: 2_000);
        var cold = BgNbdModel.FitGrouped(data, [], null, warmStartRows: 0);
        Assert.True(warm.Converged, warm.Message);
        Relative(2 * cold.LogLikelihood, warm.LogLikelihood, 1e-8);
        Relative(cold.Model.R, warm.Model.R, 1e-6);
        Relative(cold.Model.Alpha, warm.Model.Alpha, 1e-6);
        Relative(cold.Model.A, warm.Model.A, 1e-6);
        Relative(cold.Model.B, warm.Model.B, 1e-6);
    }
}
