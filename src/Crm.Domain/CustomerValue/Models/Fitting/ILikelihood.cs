namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>A weighted log-likelihood with its analytic gradient in the model's natural (positive) parameters.</summary>
internal interface ILikelihood
{
    /// <summary>The number of parameters.</summary>
    int Dimension { get; }

    /// <summary>The sum of the weights (customers).</summary>
    double TotalWeight { get; }

    /// <summary>Returns Σ wᵢ ln Lᵢ(θ) and writes ∂/∂θⱼ of it into <paramref name="gradient"/>; may return a non-finite value off the feasible region.</summary>
    double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient);
}
