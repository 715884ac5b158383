using System.Globalization;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// The Newton path of <see cref="MaximumLikelihood"/> for a likelihood with an analytic Hessian: in the log-parameters,
/// each step solves (H + μI) d = −g with the smallest Levenberg damping μ that makes the matrix positive definite (0
/// first, so near the optimum these are plain Newton steps and converge quadratically), then the same Armijo
/// backtracking line search, step cap and stopping rules as the BFGS path, plus one polishing step once the gradient is
/// inside the tolerance; every trial point is evaluated with its Hessian, so an accepted step costs one evaluation.
/// </summary>
internal static class Newton
{
    public static RawFit Fit(IHessianLikelihood likelihood, ReadOnlySpan<double> start, FitOptions options)
    {
        int k = likelihood.Dimension;
        var theta = new double[k];
        for (int i = 0; i < k; i++)
        {
            theta[i] = Math.Log(start[i]);
        }

        var objective = new MaximumLikelihood.Objective(likelihood, options.L2Penalty);
        var g = new double[k];
        var h = new double[k * k];
        double f = objective.Evaluate(theta, g, h);
        if (!double.IsFinite(f))
        {
            return MaximumLikelihood.Finish(likelihood, theta, FitStopReason.NotFinite, 0, g, "the log-likelihood is not finite at the starting point", analytic: true);
        }

        var direction = new double[k];
        var trial = new double[k];
        var gTrial = new double[k];
        var hTrial = new double[k * k];
        var factor = new double[k * k];
        int iteration = 0;
        string message = string.Create(CultureInfo.InvariantCulture, $"the iteration limit ({options.MaxIterations}) was reached");
        var reason = FitStopReason.IterationLimit;
        bool polishing = false;
        while (iteration < options.MaxIterations)
        {
            if (MaximumLikelihood.Small(g, f, options))
            {
                if (polishing)
                {
                    reason = FitStopReason.Converged;
                    message = string.Create(CultureInfo.InvariantCulture, $"converged after {iteration} iterations");
                    break;
                }

                // Inside the tolerance, one more Newton step squares the error: the flattest parameter (b) can still be
                // 1e-6 (relative) off at the tolerance, and the step lands on the optimum to rounding for one evaluation.
                polishing = true;
            }

            iteration++;
            double slope = Direction(h, g, direction, factor);
            double step = Math.Min(1d, 5d / Math.Max(1e-300, MaximumLikelihood.MaxAbs(direction)));
            double fTrial = double.NaN;
            bool accepted = false;
            for (int attempt = 0; attempt < 60; attempt++)
            {
                for (int i = 0; i < k; i++)
                {
                    trial[i] = Math.Clamp(theta[i] + (step * direction[i]), -MaximumLikelihood.LogBound, MaximumLikelihood.LogBound);
                }

                fTrial = objective.Evaluate(trial, gTrial, hTrial);
                if (double.IsFinite(fTrial) && fTrial <= f + (1e-4 * step * slope) && MaximumLikelihood.AllFinite(gTrial))
                {
                    accepted = true;
                    break;
                }

                if (polishing)
                {
                    // The polishing step is taken whole or not at all: inside the tolerance the decrease it makes is at
                    // the objective's rounding, which no backtracking can show.
                    accepted = double.IsFinite(fTrial) && fTrial <= f + (1e-14 * Math.Max(1d, Math.Abs(f))) && MaximumLikelihood.AllFinite(gTrial);
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                (reason, message) = polishing && MaximumLikelihood.Small(g, f, options)
                    ? (FitStopReason.Converged, string.Create(CultureInfo.InvariantCulture, $"converged after {iteration} iterations"))
                    : MaximumLikelihood.Unimproved(-slope, f, iteration, g, "the line search found no decrease");
                break;
            }

            bool stalled = Math.Abs(f - fTrial) <= 1e-15 * Math.Max(1d, Math.Abs(f));
            Array.Copy(trial, theta, k);
            Array.Copy(gTrial, g, k);
            Array.Copy(hTrial, h, k * k);
            f = fTrial;
            if (stalled && !MaximumLikelihood.Small(g, f, options))
            {
                (reason, message) = MaximumLikelihood.Unimproved(-Direction(h, g, direction, factor), f, iteration, g, "the objective stopped improving");
                break;
            }
        }

        if (reason != FitStopReason.Converged && MaximumLikelihood.Small(g, f, options))
        {
            reason = FitStopReason.Converged;
            message = string.Create(CultureInfo.InvariantCulture, $"converged after {iteration} iterations");
        }

        return MaximumLikelihood.Finish(likelihood, theta, reason, iteration, g, message, analytic: true);
    }

    /// <summary>
    /// Writes the damped Newton direction −(H + μI)⁻¹ g and returns its slope gᵀd (negative); falls back to steepest
    /// descent when no damping up to 1e30 max|Hᵢᵢ| gives a positive definite matrix (a non-finite Hessian).
    /// </summary>
    private static double Direction(double[] h, double[] g, double[] direction, double[] factor)
    {
        int k = g.Length;
        double scale = 0d;
        for (int i = 0; i < k; i++)
        {
            scale = Math.Max(scale, Math.Abs(h[(i * k) + i]));
        }

        double mu = 0d;
        for (int attempt = 0; attempt < 40 && double.IsFinite(scale); attempt++)
        {
            if (Cholesky(h, mu, factor))
            {
                Solve(factor, g, direction);
                double slope = MaximumLikelihood.Dot(g, direction);
                if (slope < 0d && MaximumLikelihood.AllFinite(direction))
                {
                    return slope;
                }
            }

            mu = mu == 0d ? Math.Max(1e-8 * scale, 1e-300) : mu * 10d;
        }

        for (int i = 0; i < k; i++)
        {
            direction[i] = -g[i];
        }

        return MaximumLikelihood.Dot(g, direction);
    }

    /// <summary>The lower Cholesky factor of H + μI into <paramref name="factor"/>; false when it is not positive definite.</summary>
    private static bool Cholesky(double[] h, double mu, double[] factor)
    {
        int k = (int)Math.Sqrt(h.Length);
        Array.Clear(factor);
        for (int j = 0; j < k; j++)
        {
            double diagonal = h[(j * k) + j] + mu;
            for (int m = 0; m < j; m++)
            {
                diagonal -= factor[(j * k) + m] * factor[(j * k) + m];
            }

            if (!(diagonal > 0d) || !double.IsFinite(diagonal))
            {
                return false;
            }

            double root = Math.Sqrt(diagonal);
            factor[(j * k) + j] = root;
            for (int i = j + 1; i < k; i++)
            {
                double sum = h[(i * k) + j];
                for (int m = 0; m < j; m++)
                {
                    sum -= factor[(i * k) + m] * factor[(j * k) + m];
                }

                factor[(i * k) + j] = sum / root;
            }
        }

        return true;
    }

    /// <summary>Solves L Lᵀ d = −g by forward and back substitution.</summary>
    private static void Solve(double[] factor, double[] g, double[] direction)
    {
        int k = g.Length;
        for (int i = 0; i < k; i++)
        {
            double sum = -g[i];
            for (int m = 0; m < i; m++)
            {
                sum -= factor[(i * k) + m] * direction[m];
            }

            direction[i] = sum / factor[(i * k) + i];
        }

        for (int i = k - 1; i >= 0; i--)
        {
            double sum = direction[i];
            for (int m = i + 1; m < k; m++)
            {
                sum -= factor[(m * k) + i] * direction[m];
            }

            direction[i] = sum / factor[(i * k) + i];
        }
    }
}
