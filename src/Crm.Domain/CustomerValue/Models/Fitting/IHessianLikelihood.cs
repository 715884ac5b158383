namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// A likelihood that can also give its analytic Hessian: <see cref="MaximumLikelihood"/> then takes damped Newton
/// steps instead of BFGS ones and computes the standard errors from it instead of from finite differences.
/// </summary>
internal interface IHessianLikelihood : ILikelihood
{
    /// <summary>
    /// Returns Σ wᵢ ln Lᵢ(θ) and writes its gradient and its Hessian (row-major, <see cref="ILikelihood.Dimension"/>²
    /// entries, ∂²/∂θⱼ∂θₖ) in the model's natural parameters; may return a non-finite value off the feasible region.
    /// </summary>
    double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient, Span<double> hessian);
}
