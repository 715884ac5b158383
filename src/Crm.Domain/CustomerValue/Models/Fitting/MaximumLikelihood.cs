using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>The raw outcome of <see cref="MaximumLikelihood.Fit"/>.</summary>
internal sealed record RawFit(double[] Parameters, FitStopReason Reason, int Iterations, double LogLikelihood, double GradientNorm, double?[] StandardErrors, string Message);

/// <summary>
/// Maximum likelihood by BFGS on the log-parameters with an Armijo backtracking line search. Written here rather than
/// taken from MathNet because MathNet's line searches throw when the objective is not finite at a trial point, which a
/// likelihood far from the data can be; here such a point is simply a rejected step, and every outcome is a result.
/// </summary>
/// <remarks>
/// Convergence is scale-aware: the gradient norm of the mean negative log-likelihood (per customer, in log-parameters)
/// is compared with the tolerance × max(1, |objective|), so a likelihood whose mean is large (a spend model in dollars)
/// is judged by the same relative precision as one near 1; the absolute test left the CDNOW master cohort's
/// Gamma-Gamma fit at its optimum "not converged" (1.39e-8 against 1e-8).
/// <para>A likelihood that gives its analytic Hessian (<see cref="IHessianLikelihood"/>) is optimised by Newton steps in
/// the log-parameters instead, Levenberg-damped (H + μI with the smallest μ of 0, 1e-8 max|Hᵢᵢ|, ×10 … that makes it
/// positive definite) under the same line search and stopping rules; its standard errors come from the analytic
/// Hessian at the optimum (one evaluation instead of 2k + 1).</para>
/// </remarks>
internal static class MaximumLikelihood
{
    internal const double LogBound = 25d;

    /// <summary>Maximises <paramref name="likelihood"/> from <paramref name="start"/>.</summary>
    /// <param name="likelihood">The weighted log-likelihood.</param>
    /// <param name="start">Starting values (all &gt; 0).</param>
    /// <param name="options">Penalty and stopping rules.</param>
    /// <param name="useHessian">Whether to use an analytic Hessian when the likelihood has one (false: BFGS and numeric standard errors, the path before Newton, kept as a baseline).</param>
    public static RawFit Fit(ILikelihood likelihood, ReadOnlySpan<double> start, FitOptions options, bool useHessian = true)
    {
        if (useHessian && likelihood is IHessianLikelihood curved)
        {
            return Newton.Fit(curved, start, options);
        }

        int k = likelihood.Dimension;
        var theta = new double[k];
        for (int i = 0; i < k; i++)
        {
            theta[i] = Math.Log(start[i]);
        }

        var objective = new Objective(likelihood, options.L2Penalty);
        var g = new double[k];
        double f = objective.Evaluate(theta, g);
        if (!double.IsFinite(f))
        {
            return Finish(likelihood, theta, FitStopReason.NotFinite, 0, g, "the log-likelihood is not finite at the starting point");
        }

        var h = Identity(k);
        var direction = new double[k];
        var trial = new double[k];
        var gTrial = new double[k];
        var s = new double[k];
        var y = new double[k];
        bool firstStep = true;
        int iteration = 0;
        string message = string.Create(CultureInfo.InvariantCulture, $"the iteration limit ({options.MaxIterations}) was reached");
        var reason = FitStopReason.IterationLimit;
        double decrement = double.PositiveInfinity;
        while (iteration < options.MaxIterations)
        {
            if (Small(g, f, options))
            {
                reason = FitStopReason.Converged;
                message = string.Create(CultureInfo.InvariantCulture, $"converged after {iteration} iterations");
                break;
            }

            iteration++;
            MultiplyNegated(h, g, direction);
            double slope = Dot(g, direction);
            if (!(slope < 0d))
            {
                h = Identity(k);
                MultiplyNegated(h, g, direction);
                slope = Dot(g, direction);
            }

            double step = Math.Min(1d, 5d / Math.Max(1e-300, MaxAbs(direction)));
            double fTrial = double.NaN;
            bool accepted = false;
            for (int attempt = 0; attempt < 60; attempt++)
            {
                for (int i = 0; i < k; i++)
                {
                    trial[i] = Math.Clamp(theta[i] + (step * direction[i]), -LogBound, LogBound);
                }

                fTrial = objective.Evaluate(trial, gTrial);
                if (double.IsFinite(fTrial) && fTrial <= f + (1e-4 * step * slope) && AllFinite(gTrial))
                {
                    accepted = true;
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                if (!firstStep)
                {
                    // Forget the curvature model and try once more along the steepest descent; remember what the
                    // curvature model promised first, to judge the stop below.
                    decrement = Math.Min(decrement, -slope);
                    h = Identity(k);
                    firstStep = true;
                    continue;
                }

                (reason, message) = Unimproved(decrement, f, iteration, g, "the line search found no decrease");
                break;
            }

            decrement = double.PositiveInfinity; // a new point: the last failure's prediction no longer applies
            double sy = 0d;
            double yy = 0d;
            for (int i = 0; i < k; i++)
            {
                s[i] = trial[i] - theta[i];
                y[i] = gTrial[i] - g[i];
                sy += s[i] * y[i];
                yy += y[i] * y[i];
            }

            Array.Copy(trial, theta, k);
            Array.Copy(gTrial, g, k);
            bool stalled = Math.Abs(f - fTrial) <= 1e-15 * Math.Max(1d, Math.Abs(f));
            f = fTrial;
            if (sy > 1e-300)
            {
                if (firstStep)
                {
                    h = Identity(k, sy / yy);
                    firstStep = false;
                }

                UpdateInverseHessian(h, s, y, sy);
            }

            if (stalled && !Small(g, f, options))
            {
                MultiplyNegated(h, g, direction);
                (reason, message) = Unimproved(Math.Min(decrement, -Dot(g, direction)), f, iteration, g, "the objective stopped improving");
                break;
            }
        }

        if (reason != FitStopReason.Converged && Small(g, f, options))
        {
            reason = FitStopReason.Converged;
            message = string.Create(CultureInfo.InvariantCulture, $"converged after {iteration} iterations");
        }

        return Finish(likelihood, theta, reason, iteration, g, message);
    }

    /// <summary>
    /// Why the optimiser could not improve: converged when the quasi-Newton model's predicted decrease gᵀHg is below
    /// 1e-12 × max(1, |f|), the resolution of a sum of many log-likelihood terms (no step can show a decrease that small,
    /// and the point is then within about 1e-6 of the optimum in log-parameters); otherwise no improvement.
    /// </summary>
    internal static (FitStopReason Reason, string Message) Unimproved(double decrement, double f, int iteration, double[] g, string what) =>
        decrement >= 0d && decrement <= 1e-12 * Math.Max(1d, Math.Abs(f))
            ? (FitStopReason.Converged, string.Create(CultureInfo.InvariantCulture, $"converged after {iteration} iterations ({what}: the predicted decrease {decrement:G3} is below the objective's resolution; gradient norm {Norm(g):G3})"))
            : (FitStopReason.NoImprovement, string.Create(CultureInfo.InvariantCulture, $"{what} after {iteration} iterations (gradient norm {Norm(g):G3})"));

    /// <summary>The scale-aware convergence test: ‖g‖ ≤ tolerance × max(1, |f|).</summary>
    internal static bool Small(double[] g, double f, FitOptions options) =>
        Norm(g) <= options.GradientTolerance * Math.Max(1d, Math.Abs(f));

    internal static RawFit Finish(ILikelihood likelihood, double[] theta, FitStopReason reason, int iterations, double[] g, string message, bool analytic = false)
    {
        int k = theta.Length;
        var p = new double[k];
        for (int i = 0; i < k; i++)
        {
            p[i] = Math.Exp(theta[i]);
        }

        var grad = new double[k];
        double ll;
        double?[] errors;
        if (analytic && likelihood is IHessianLikelihood curved)
        {
            var hessian = new double[k * k];
            ll = curved.Evaluate(p, grad, hessian);
            var negated = Matrix<double>.Build.Dense(k, k, (i, j) => -hessian[(i * k) + j]);
            errors = FromHessian(negated);
        }
        else
        {
            ll = likelihood.Evaluate(p, grad);
            errors = StandardErrors(likelihood, p);
        }

        double gradientNorm = Norm(g);
        if (!double.IsFinite(ll))
        {
            ll = double.MinValue;
            reason = FitStopReason.NotFinite;
        }

        if (!double.IsFinite(gradientNorm))
        {
            gradientNorm = double.MaxValue;
        }

        if (reason == FitStopReason.Converged)
        {
            // A small gradient is not yet a usable optimum: at a bound, or where the curvature vanishes, the estimates
            // are not identified (no standard errors), and the caller must be able to tell.
            int atBound = Array.FindIndex(theta, v => Math.Abs(v) >= LogBound - 1e-9);
            if (atBound >= 0)
            {
                reason = FitStopReason.BoundarySolution;
                message = string.Create(CultureInfo.InvariantCulture, $"a boundary solution after {iterations} iterations: parameter {atBound} ran to e^{theta[atBound]:0}");
            }
            else if (Array.Exists(errors, e => e is null))
            {
                reason = FitStopReason.BoundarySolution;
                message = string.Create(CultureInfo.InvariantCulture, $"a boundary solution after {iterations} iterations: the gradient vanishes but the Hessian is not positive definite there (no standard errors)");
            }
        }

        return new RawFit(p, reason, iterations, ll, gradientNorm, errors, message);
    }

    /// <summary>Standard errors from the inverse of the Hessian of −LL, by central differences of the analytic gradient.</summary>
    internal static double?[] StandardErrors(ILikelihood likelihood, double[] p)
    {
        int k = p.Length;
        var result = new double?[k];
        var hessian = Matrix<double>.Build.Dense(k, k);
        var plus = new double[k];
        var minus = new double[k];
        var gPlus = new double[k];
        var gMinus = new double[k];
        for (int j = 0; j < k; j++)
        {
            double hj = 1e-5 * p[j];
            Array.Copy(p, plus, k);
            Array.Copy(p, minus, k);
            plus[j] += hj;
            minus[j] -= hj;
            double a = likelihood.Evaluate(plus, gPlus);
            double b = likelihood.Evaluate(minus, gMinus);
            if (!double.IsFinite(a) || !double.IsFinite(b))
            {
                return result;
            }

            for (int i = 0; i < k; i++)
            {
                hessian[i, j] = -(gPlus[i] - gMinus[i]) / (2d * hj);
            }
        }

        return FromHessian(hessian);
    }

    /// <summary>Standard errors from the Hessian of −LL (symmetrised): none unless it is finite and positive definite.</summary>
    private static double?[] FromHessian(Matrix<double> hessian)
    {
        int k = hessian.RowCount;
        var result = new double?[k];
        var symmetric = (hessian + hessian.Transpose()) * 0.5;
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                if (!double.IsFinite(symmetric[i, j]))
                {
                    return result;
                }
            }
        }

        var evd = symmetric.Evd(Symmetricity.Symmetric);
        if (evd.EigenValues.Real().Minimum() <= 0d)
        {
            return result;
        }

        var inverse = symmetric.Inverse();
        for (int i = 0; i < k; i++)
        {
            double v = inverse[i, i];
            result[i] = v > 0d && double.IsFinite(v) ? Math.Sqrt(v) : null;
        }

        return result;
    }

    private static double[,] Identity(int k, double scale = 1d)
    {
        var m = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            m[i, i] = scale;
        }

        return m;
    }

    private static void UpdateInverseHessian(double[,] h, double[] s, double[] y, double sy)
    {
        // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / (sᵀy)
        int k = s.Length;
        double rho = 1d / sy;
        var hy = new double[k];
        double yhy = 0d;
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                hy[i] += h[i, j] * y[j];
            }

            yhy += y[i] * hy[i];
        }

        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                h[i, j] += (-rho * ((hy[i] * s[j]) + (s[i] * hy[j]))) + (((rho * rho * yhy) + rho) * s[i] * s[j]);
            }
        }
    }

    private static void MultiplyNegated(double[,] h, double[] g, double[] result)
    {
        int k = g.Length;
        for (int i = 0; i < k; i++)
        {
            double sum = 0d;
            for (int j = 0; j < k; j++)
            {
                sum += h[i, j] * g[j];
            }

            result[i] = -sum;
        }
    }

    internal static double Dot(double[] u, double[] v)
    {
        double sum = 0d;
        for (int i = 0; i < u.Length; i++)
        {
            sum += u[i] * v[i];
        }

        return sum;
    }

    internal static double Norm(double[] v) => Math.Sqrt(Dot(v, v));

    internal static double MaxAbs(double[] v)
    {
        double m = 0d;
        foreach (double x in v)
        {
            m = Math.Max(m, Math.Abs(x));
        }

        return m;
    }

    internal static bool AllFinite(double[] v)
    {
        foreach (double x in v)
        {
            if (!double.IsFinite(x))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The penalised mean negative log-likelihood as a function of the log-parameters.</summary>
    internal sealed class Objective(ILikelihood likelihood, double penalty)
    {
        private readonly double[] p = new double[likelihood.Dimension];
        private readonly double[] gradP = new double[likelihood.Dimension];
        private readonly double[] hessianP = new double[likelihood.Dimension * likelihood.Dimension];

        public double Evaluate(double[] theta, double[] gradient) => Evaluate(theta, gradient, null);

        /// <summary>
        /// f(θ) = −LL(e^θ)/W + λ Σ e^(2θᵢ), its gradient and, when <paramref name="hessian"/> is given (the likelihood
        /// must be an <see cref="IHessianLikelihood"/>), its Hessian in θ: with pᵢ = e^θᵢ, G and H the natural
        /// gradient and Hessian of LL, ∂²f/∂θᵢ∂θⱼ = −pᵢ pⱼ Hᵢⱼ / W + [i = j] (−pᵢ Gᵢ / W + 4 λ pᵢ²).
        /// </summary>
        public double Evaluate(double[] theta, double[] gradient, double[]? hessian)
        {
            double w = likelihood.TotalWeight;
            int k = p.Length;
            for (int i = 0; i < k; i++)
            {
                p[i] = Math.Exp(theta[i]);
            }

            double ll = hessian is null ? likelihood.Evaluate(p, gradP) : ((IHessianLikelihood)likelihood).Evaluate(p, gradP, hessianP);
            double f = -ll / w;
            for (int i = 0; i < k; i++)
            {
                f += penalty * p[i] * p[i];
                gradient[i] = (-gradP[i] * p[i] / w) + (2d * penalty * p[i] * p[i]);
            }

            if (hessian is not null)
            {
                for (int i = 0; i < k; i++)
                {
                    for (int j = 0; j < k; j++)
                    {
                        hessian[(i * k) + j] = -hessianP[(i * k) + j] * p[i] * p[j] / w;
                    }

                    hessian[(i * k) + i] += (-gradP[i] * p[i] / w) + (4d * penalty * p[i] * p[i]);
                }
            }

            return double.IsFinite(f) ? f : double.PositiveInfinity;
        }
    }
}
