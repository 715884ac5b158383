using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, items 4 and 6: the optimiser (BFGS and damped Newton) on a likelihood whose optimum and standard errors are
/// known in closed form, and every stop reason it can report, each on a likelihood built to end that way; then the
/// degenerate-data outcomes of the models' fits.
/// </summary>
/// <remarks>
/// The test likelihood is LL(p) = Σᵢ (Aᵢ ln pᵢ − Bᵢ pᵢ) − p₀p₁ − p₁p₂/2 with A = (50, 30, 40), B = (10, 20, 8) and
/// weight 10: a coupled Poisson-like surface (a non-diagonal Hessian, so the Cholesky factor's off-diagonal terms
/// matter). Its maximum, the maximum of the objective with the L2 penalty 0.1 (−LL/10 + 0.1 Σ pᵢ²), and the standard
/// errors √diag((−∇²LL)⁻¹) were solved with Python mpmath 1.3.0 <c>findroot</c>/<c>inverse</c> at 30 digits.
/// </remarks>
public partial class OptimiserOutcomeTests
{
    private static readonly double[] Optimum = [4.4972169326262537, 1.1179871349459998, 4.6734466715821823];
    private static readonly double[] Errors = [0.6414618551131497, 0.20645561010308835, 0.74108341903480448];
    private static readonly double[] PenalisedOptimum = [2.9398902075792522, 1.1276574378253718, 2.8172378190016693];
    private static readonly double[] PenalisedErrors = [0.41729807253072348, 0.20685874657220021, 0.44591691771115397];
    private const double LogLikelihoodAtOptimum = 27.834964417350681;

    /// <summary>The coupled surface above, its gradient only (the BFGS path).</summary>
    private class Coupled(double a0 = 50d) : ILikelihood
    {
        protected static readonly double[] B = [10d, 20d, 8d];

        protected double[] A { get; } = [a0, 30d, 40d];

        public int Dimension => 3;

        public double TotalWeight => 10d;

        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
        {
            double ll = -(p[0] * p[1]) - (0.5 * p[1] * p[2]);
            for (int i = 0; i < 3; i++)
            {
                ll += (A[i] == 0d ? 0d : A[i] * Math.Log(p[i])) - (B[i] * p[i]);
            }

            gradient[0] = (A[0] / p[0]) - B[0] - p[1];
            gradient[1] = (A[1] / p[1]) - B[1] - p[0] - (0.5 * p[2]);
            gradient[2] = (A[2] / p[2]) - B[2] - (0.5 * p[1]);
            return ll;
        }
    }

    /// <summary>The same surface with its analytic Hessian (the Newton path).</summary>
    private sealed class CoupledWithHessian(double a0 = 50d) : Coupled(a0), IHessianLikelihood
    {
        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian)
        {
            double ll = Evaluate(p, gradient);
            hessian.Clear();
            for (int i = 0; i < 3; i++)
            {
                hessian[(i * 3) + i] = -A[i] / (p[i] * p[i]);
            }

            hessian[1] = hessian[3] = -1d;
            hessian[5] = hessian[7] = -0.5;
            return ll;
        }
    }

    /// <summary>A likelihood that is constant (every parameter unidentified) or not finite anywhere.</summary>
    private sealed class Constant(double value) : ILikelihood
    {
        public int Dimension => 2;

        public double TotalWeight => 4d;

        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
        {
            gradient.Clear();
            return value;
        }
    }

    /// <summary>LL = −10⁶ p, flat (zero gradient) only where p has reached e^−25; with a zero Hessian for the Newton path.</summary>
    private sealed class Falling(bool newton) : IHessianLikelihood
    {
        public int Dimension => 1;

        public double TotalWeight => 10d;

        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
        {
            gradient[0] = p[0] > Math.Exp(-25d) * (1d + 1e-9) ? -1e6 : 0d;
            return -1e6 * p[0];
        }

        public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian)
        {
            Assert.True(newton, "the BFGS path must not ask for the Hessian");
            hessian[0] = 0d;
            return Evaluate(p, gradient);
        }
    }

    private static ILikelihood Surface(bool newton, double a0 = 50d) => newton ? new CoupledWithHessian(a0) : new Coupled(a0);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Both_paths_find_the_known_optimum_and_its_standard_errors(bool newton)
    {
        var fit = MaximumLikelihood.Fit(Surface(newton), [1d, 1d, 1d], FitOptions.Default, newton);
        Assert.Equal(FitStopReason.Converged, fit.Reason);
        Assert.StartsWith("converged after ", fit.Message, StringComparison.Ordinal);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"after {fit.Iterations} iterations"), fit.Message, StringComparison.Ordinal);
        Assert.InRange(fit.Iterations, 2, 200);
        for (int i = 0; i < 3; i++)
        {
            Within.Relative(Optimum[i], fit.Parameters[i], 1e-6);
            Within.Relative(Errors[i], fit.StandardErrors[i]!.Value, 1e-5);
        }

        Within.Relative(LogLikelihoodAtOptimum, fit.LogLikelihood, 1e-12);
        Assert.InRange(fit.GradientNorm, 0d, 1e-8 * LogLikelihoodAtOptimum / 10d);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_l2_penalty_moves_the_optimum_to_the_penalised_one(bool newton)
    {
        var fit = MaximumLikelihood.Fit(Surface(newton), [1d, 1d, 1d], FitOptions.Create(0.1), newton);
        Assert.Equal(FitStopReason.Converged, fit.Reason);
        for (int i = 0; i < 3; i++)
        {
            Within.Relative(PenalisedOptimum[i], fit.Parameters[i], 1e-6);
            Within.Relative(PenalisedErrors[i], fit.StandardErrors[i]!.Value, 1e-5);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_exhausted_budget_is_an_iteration_limit(bool newton)
    {
        var fit = MaximumLikelihood.Fit(Surface(newton), [1d, 1d, 1d], FitOptions.Create(maxIterations: 1), newton);
        Assert.Equal(FitStopReason.IterationLimit, fit.Reason);
        Assert.Equal(1, fit.Iterations);
        Assert.Equal("the iteration limit (1) was reached", fit.Message);
        Assert.True(fit.GradientNorm > 1e-3);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_parameter_that_runs_to_its_bound_is_a_boundary_solution(bool newton)
    {
        // The likelihood only falls with p, and is flat only at the optimiser's bound e^−25: the gradient vanishes there.
        var fit = MaximumLikelihood.Fit(new Falling(newton), [1d], FitOptions.Default, newton);
        Assert.Equal(FitStopReason.BoundarySolution, fit.Reason);
        Assert.StartsWith("a boundary solution after ", fit.Message, StringComparison.Ordinal);
        Assert.EndsWith(" iterations: parameter 0 ran to e^-25", fit.Message, StringComparison.Ordinal);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"after {fit.Iterations} iterations"), fit.Message, StringComparison.Ordinal);
        Assert.Equal(Math.Exp(-25d), fit.Parameters[0], 1e-20);
    }

    [Fact]
    public void A_flat_likelihood_has_no_standard_errors_and_is_a_boundary_solution()
    {
        var fit = MaximumLikelihood.Fit(new Constant(-3d), [2d, 5d], FitOptions.Default);
        Assert.Equal(FitStopReason.BoundarySolution, fit.Reason);
        Assert.Equal(0, fit.Iterations);
        Assert.Equal("a boundary solution after 0 iterations: the gradient vanishes but the Hessian is not positive definite there (no standard errors)", fit.Message);
        Assert.Equal(new[] { 2d, 5d }, fit.Parameters.Select(p => Math.Round(p, 12)));
        Assert.All(fit.StandardErrors, e => Assert.Null(e));
        Assert.Equal(-3d, fit.LogLikelihood);
        Assert.Equal(0d, fit.GradientNorm);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_likelihood_not_finite_at_the_start_returns_the_start(bool newton)
    {
        var fit = newton
            ? MaximumLikelihood.Fit(new NowhereFinite(), [2d, 5d], FitOptions.Default, useHessian: true)
            : MaximumLikelihood.Fit(new Constant(double.NaN), [2d, 5d], FitOptions.Default);
        Assert.Equal(FitStopReason.NotFinite, fit.Reason);
        Assert.Equal(0, fit.Iterations);
        Assert.Equal("the log-likelihood is not finite at the starting point", fit.Message);
        Assert.Equal(2d, fit.Parameters[0], 12);
        Assert.Equal(5d, fit.Parameters[1], 12);
        Assert.Equal(double.MinValue, fit.LogLikelihood);
    }

    [Fact]
    public void The_convergence_test_is_relative_to_the_objective_beyond_one()
    {
        var options = FitOptions.Create(gradientTolerance: 0.5);
        double[] g = [3d, 4d]; // norm 5
        Assert.Equal(5d, MaximumLikelihood.Norm(g));
        Assert.True(MaximumLikelihood.Small(g, -10d, options)); // 5 ≤ 0.5 × 10
        Assert.True(MaximumLikelihood.Small(g, 10d, options));
        Assert.False(MaximumLikelihood.Small(g, -9.99, options));
        Assert.False(MaximumLikelihood.Small(g, 0.5, options)); // 5 > 0.5 × max(1, 0.5)
        Assert.True(MaximumLikelihood.Small([0.3, 0.4], 0.5, options)); // 0.5 ≤ 0.5 × 1
        Assert.False(MaximumLikelihood.Small([0.3, 0.41], 0.5, options));
    }

    [Fact]
    public void A_stop_without_improvement_converged_only_below_the_objectives_resolution()
    {
        double[] g = [3d, 4d];
        Assert.Equal(FitStopReason.Converged, MaximumLikelihood.Unimproved(0d, 5d, 3, g, "x").Reason);
        Assert.Equal(FitStopReason.Converged, MaximumLikelihood.Unimproved(1e-12, 0.5, 3, g, "x").Reason); // 1e-12 × max(1, 0.5)
        Assert.Equal(FitStopReason.NoImprovement, MaximumLikelihood.Unimproved(1.0000001e-12, 0.5, 3, g, "x").Reason);
        Assert.Equal(FitStopReason.Converged, MaximumLikelihood.Unimproved(1e-8, -1e4, 3, g, "x").Reason); // 1e-12 × 1e4
        Assert.Equal(FitStopReason.NoImprovement, MaximumLikelihood.Unimproved(1.0001e-8, -1e4, 3, g, "x").Reason);
        Assert.Equal(FitStopReason.NoImprovement, MaximumLikelihood.Unimproved(-1e-300, 5d, 3, g, "x").Reason);
        Assert.Equal(
            "converged after 3 iterations (the line search found no decrease: the predicted decrease 0 is below the objective's resolution; gradient norm 5)",
            MaximumLikelihood.Unimproved(0d, 5d, 3, g, "the line search found no decrease").Message);
        Assert.Equal(
            "the objective stopped improving after 4 iterations (gradient norm 5)",
            MaximumLikelihood.Unimproved(1d, 5d, 4, g, "the objective stopped improving").Message);
        Assert.Equal(1.5, MaximumLikelihood.MaxAbs([1d, -1.5, 0.5]));
        Assert.Equal(11d, MaximumLikelihood.Dot([1d, 2d], [3d, 4d]));
        Assert.True(MaximumLikelihood.AllFinite([1d, -2d]));
        Assert.False(MaximumLikelihood.AllFinite([1d, double.NaN]));
        Assert.False(MaximumLikelihood.AllFinite([double.PositiveInfinity, 1d]));
    }

    [Fact]
    public void The_fit_wrapper_names_the_estimates_and_reports_degenerate_data()
    {
        var fit = TransactionModelFitting.Run("Test", new Coupled(), 7, null, [1d, 1d, 1d], ["x", "y", "z"], null, v => (v[0], v[1], v[2]));
        Assert.Equal(FitStopReason.Converged, fit.StopReason);
        Assert.Equal("Test", fit.Report.Model);
        Assert.Equal(new[] { "x", "y", "z" }, fit.Parameters.Select(p => p.Name));
        Within.Relative(Optimum[2], fit.Parameters[2].Value, 1e-6);
        Within.Relative(Errors[1], fit.Parameters[1].StandardError!.Value, 1e-5);
        Within.Relative(Optimum[0], fit.Model.Item1, 1e-6);
        Assert.Equal(10d, fit.Customers);
        Assert.Equal(7, fit.DistinctRows);
        Assert.Null(fit.Period);

        var degenerate = TransactionModelFitting.Run("Test", new Coupled(), 1, "why", [1d, 1d, 1d], ["x", "y", "z"], FitOptions.Create(maxIterations: 2), v => v[0]);
        Assert.Equal(FitStopReason.DegenerateData, degenerate.StopReason);
        Assert.Equal("degenerate data: why (the optimiser: the iteration limit (2) was reached)", degenerate.Message);
        Assert.Equal(2, degenerate.Iterations);
    }

    [Fact]
    public void Same_summary_data_is_named_by_its_count()
    {
        Assert.Null(TransactionModelFitting.SameSummary(2, 1d));
        Assert.Equal("a single customer cannot identify a population's distributions", TransactionModelFitting.SameSummary(1, 1d));
        Assert.Equal("a single customer cannot identify a population's distributions", TransactionModelFitting.SameSummary(1, 0.5));
        Assert.Equal("all 1.5 customers have the same summary, which cannot identify a population's distributions", TransactionModelFitting.SameSummary(1, 1.5));
        Assert.Equal("all 1000 customers have the same summary, which cannot identify a population's distributions", TransactionModelFitting.SameSummary(1, 1000d));
    }

    [Fact]
    public void Count_model_fits_on_degenerate_data_say_why()
    {
        CustomerSummary[] noRepeat = [CustomerSummary.Create(0, 0d, 10d), CustomerSummary.Create(0, 0d, 20d)];
        CustomerSummary[] noTime = [CustomerSummary.Create(0, 0d, 0d), CustomerSummary.Create(1, 0d, 0d)];
        CustomerSummary[] one = [CustomerSummary.Create(2, 5d, 10d)];
        const string NoRepeat = "degenerate data: no customer has a repeat transaction";
        const string NoTime = "degenerate data: every customer's age T is 0";
        const string Single = "degenerate data: a single customer cannot identify";

        Assert.StartsWith(NoRepeat, BgNbdModel.Fit(noRepeat).Message, StringComparison.Ordinal);
        Assert.StartsWith(NoRepeat, MbgNbdModel.Fit(noRepeat).Message, StringComparison.Ordinal);
        Assert.StartsWith(NoRepeat, ParetoNbdModel.Fit(noRepeat).Message, StringComparison.Ordinal);
        Assert.StartsWith(NoTime, BgNbdModel.Fit(noTime).Message, StringComparison.Ordinal);
        Assert.StartsWith(NoTime, ParetoNbdModel.Fit(noTime).Message, StringComparison.Ordinal);
        Assert.StartsWith(Single, BgNbdModel.Fit(one).Message, StringComparison.Ordinal);
        Assert.StartsWith(Single, ParetoNbdModel.Fit(one).Message, StringComparison.Ordinal);
        Assert.StartsWith("degenerate data: all 3 customers have the same summary", BgNbdModel.Fit(one, [3d]).Message, StringComparison.Ordinal);
        Assert.StartsWith("degenerate data: all 3 customers have the same summary", MbgNbdModel.Fit([one[0], one[0], one[0]]).Message, StringComparison.Ordinal);
        Assert.Equal(FitStopReason.DegenerateData, BgNbdModel.Fit(noRepeat).StopReason);
        Assert.Equal(2d, BgNbdModel.Fit(noRepeat).Customers);

        // Two distinct summaries with repeat buyers and time are not degenerate (whatever the optimiser then says).
        Assert.NotEqual(FitStopReason.DegenerateData, BgNbdModel.Fit([CustomerSummary.Create(0, 0d, 10d), CustomerSummary.Create(2, 5d, 10d)]).StopReason);

        // Gamma-Gamma: one repeat buyer (or the same one many times) cannot identify the spread of spend.
        CustomerSummary[] spender = [CustomerSummary.Create(2, 5d, 10d, 30d), CustomerSummary.Create(0, 0d, 10d)];
        Assert.StartsWith(Single, GammaGammaModel.Fit(spender).Message, StringComparison.Ordinal);
        Assert.StartsWith("degenerate data: all 2 customers", GammaGammaModel.Fit([spender[0], spender[0]]).Message, StringComparison.Ordinal);
    }
}
