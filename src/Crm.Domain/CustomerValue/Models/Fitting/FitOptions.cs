using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// Settings of a maximum-likelihood fit: an optional L2 penalty, the iteration budget and the convergence tolerance.
/// </summary>
/// <remarks>
/// The optimiser minimises the weighted mean negative log-likelihood per customer plus
/// <see cref="L2Penalty"/> × Σ θᵢ² over the model's natural parameters θ (the convention of the Python package
/// lifetimes' <c>penalizer_coef</c>), working on the logarithms of the parameters so that they stay positive.
/// Immutable and thread-safe.
/// </remarks>
public sealed class FitOptions
{
    private FitOptions(double l2Penalty, int maxIterations, double gradientTolerance, int maxDegreeOfParallelism = 1)
    {
        L2Penalty = l2Penalty;
        MaxIterations = maxIterations;
        GradientTolerance = gradientTolerance;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>No penalty, 500 iterations, gradient tolerance 1e-8.</summary>
    public static FitOptions Default { get; } = new(0d, 500, 1e-8);

    /// <summary>The L2 penalty coefficient (≥ 0; 0 = plain maximum likelihood).</summary>
    public double L2Penalty { get; }

    /// <summary>The largest number of quasi-Newton iterations (≥ 1).</summary>
    public int MaxIterations { get; }

    /// <summary>
    /// Convergence is declared when the Euclidean norm of the gradient of the penalised mean negative log-likelihood
    /// with respect to the log-parameters falls to this value × max(1, |mean negative log-likelihood|) or below (&gt; 0),
    /// a scale-aware test, or when no step can improve the objective and the quasi-Newton model predicts a decrease below
    /// 1e-12 × max(1, |objective|), its numerical resolution. <see cref="ModelFit{TModel}.StopReason"/> says which stop applied.
    /// </summary>
    public double GradientTolerance { get; }

    /// <summary>
    /// The most threads a fit may use to evaluate its likelihood (≥ 1; 1, the default, runs on the calling thread only,
    /// which suits a host that already runs fits in parallel). Used by every model's fit (BG/NBD, MBG/NBD, Pareto/NBD,
    /// BG/BB, Gamma-Gamma); it pays from about 16,384 distinct rows (two blocks). The result does not depend on it: the
    /// rows are summed in fixed blocks of 8,192, added in a fixed order, so every degree gives the same bits.
    /// </summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>These settings with <see cref="MaxDegreeOfParallelism"/> set to <paramref name="maxDegreeOfParallelism"/>.</summary>
    /// <param name="maxDegreeOfParallelism">The most threads a fit may use (≥ 1), e.g. <see cref="Environment.ProcessorCount"/>.</param>
    /// <returns>New settings; this instance is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public FitOptions WithMaxDegreeOfParallelism(int maxDegreeOfParallelism) =>
        new(L2Penalty, MaxIterations, GradientTolerance, Guard.Against.NotStrictlyPositive(maxDegreeOfParallelism));

    /// <summary>Creates fit settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, zero where it must be positive, or not finite.</exception>
    public static FitOptions Create(double l2Penalty = 0d, int maxIterations = 500, double gradientTolerance = 1e-8) =>
        new(Guard.Against.NegativeValue(l2Penalty), Guard.Against.NotStrictlyPositive(maxIterations), Guard.Against.NotStrictlyPositive(gradientTolerance));
}
