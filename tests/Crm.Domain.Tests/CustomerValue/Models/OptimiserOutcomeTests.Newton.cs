using Crm.Domain.CustomerValue.Models.Fitting;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6: the damped Newton path when the Hessian it is given does not help: not finite (steepest descent),
/// the wrong sign (Levenberg damping until the matrix is positive definite), a gradient that promises a decrease no step
/// delivers (the line search gives up), and a likelihood not finite at the start (in the main file, with the BFGS path). Each ends where it must: at the known
/// optimum of the coupled surface with its standard errors, or with the stop reason and message that say why not.
/// </summary>
public partial class OptimiserOutcomeTests
{
    /// <summary>How the Hessian of the coupled surface is spoiled while p₀ is below 3 (the start is p = 1; the optimum has p₀ ≈ 4.5).</summary>
    public enum Spoil
    {
        /// <summary>Every entry NaN.</summary>
        NotFinite,

        /// <summary>The true Hessian negated: the objective's curvature is then negative definite.</summary>
        WrongSign,
    }

    /// <summary>The coupled surface whose analytic Hessian is spoiled away from the optimum and true near it.</summary>
    private sealed class SpoiledHessian(Spoil spoil) : Coupled, IHessianLikelihood
    {
        private readonly CoupledWithHessian truth = new();

        public int Spoiled { get; private set; }

        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian)
        {
            double ll = truth.Evaluate(p, gradient, hessian);
            if (p[0] < 3d)
            {
                Spoiled++;
                for (int i = 0; i < hessian.Length; i++)
                {
                    hessian[i] = spoil == Spoil.NotFinite ? double.NaN : -hessian[i];
                }
            }

            return ll;
        }
    }

    /// <summary>LL = −10⁶ (ln p)², greatest at p = 1, but its gradient claims +1 everywhere (and its Hessian −2).</summary>
    private sealed class LyingGradient : IHessianLikelihood
    {
        public int Dimension => 1;

        public double TotalWeight => 10d;

        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
        {
            double l = Math.Log(p[0]);
            gradient[0] = 1d;
            return -1e6 * l * l;
        }

        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian)
        {
            hessian[0] = -2d;
            return Evaluate(p, gradient);
        }
    }

    /// <summary>A likelihood not finite anywhere, with a Hessian (the Newton path).</summary>
    private sealed class NowhereFinite : IHessianLikelihood
    {
        public int Dimension => 2;

        public double TotalWeight => 4d;

        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
        {
            gradient.Clear();
            return double.NegativeInfinity;
        }

        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian)
        {
            hessian.Clear();
            return Evaluate(p, gradient);
        }
    }

    [Theory]
    [InlineData(Spoil.NotFinite)]
    [InlineData(Spoil.WrongSign)]
    public void A_useless_hessian_away_from_the_optimum_still_reaches_it(Spoil spoil)
    {
        var likelihood = new SpoiledHessian(spoil);
        var fit = MaximumLikelihood.Fit(likelihood, [1d, 1d, 1d], FitOptions.Default, useHessian: true);

        Assert.True(likelihood.Spoiled > 0, "the spoiled Hessian was used");
        Assert.Equal(FitStopReason.Converged, fit.Reason);
        for (int i = 0; i < 3; i++)
        {
            Within.Relative(Optimum[i], fit.Parameters[i], 1e-6);
            Within.Relative(Errors[i], fit.StandardErrors[i]!.Value, 1e-5);
        }

        Within.Relative(LogLikelihoodAtOptimum, fit.LogLikelihood, 1e-12);
    }

    [Fact]
    public void A_gradient_that_promises_a_decrease_no_step_gives_ends_the_line_search()
    {
        var fit = MaximumLikelihood.Fit(new LyingGradient(), [1d], FitOptions.Default, useHessian: true);

        // At p = 1 the objective's gradient is −1/10 and its curvature 1/10: Newton steps to θ = 1 and halves 60 times;
        // every trial has (ln p)² ≥ 0, so none is below the start's 0.
        Assert.Equal(FitStopReason.NoImprovement, fit.Reason);
        Assert.Equal(1, fit.Iterations);
        Assert.Equal("the line search found no decrease after 1 iterations (gradient norm 0.1)", fit.Message);
        Assert.Equal(1d, fit.Parameters[0]);
        Assert.Equal(0.1, fit.GradientNorm, 15);
    }
}
