using System.Globalization;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>One fitted parameter: its name, its maximum-likelihood estimate, its standard error and a 95 % interval.</summary>
/// <remarks>
/// <see cref="StandardError"/> is the square root of the diagonal of the inverse Hessian of the unpenalised negative
/// log-likelihood at the estimate (in the parameter's own units); it is <c>null</c> when that Hessian is not positive
/// definite (a fit at a boundary or on data that do not identify the parameter). The 95 % interval is the Wald interval
/// of ln θ mapped back, θ · exp(±1.959964 · SE / θ) (the delta method: every parameter is positive, and the interval
/// stays positive), <c>null</c> with the standard error. <c>default</c> has no name and value 0. Immutable and thread-safe.
/// </remarks>
public readonly struct ParameterEstimate
{
    /// <summary>The 0.975 quantile of the standard normal distribution.</summary>
    private const double Z975 = 1.959963984540054;

    internal ParameterEstimate(string name, double value, double? standardError)
    {
        Name = name;
        Value = value;
        StandardError = standardError;
    }

    /// <summary>The parameter's name as in the literature (r, alpha, a, b, s, beta, p, q, gamma).</summary>
    public string Name { get; }

    /// <summary>The estimate (finite, &gt; 0).</summary>
    public double Value { get; }

    /// <summary>The asymptotic standard error, or <c>null</c> when the Hessian is not positive definite.</summary>
    public double? StandardError { get; }

    /// <summary>The lower end of the 95 % interval, θ · exp(−1.96 SE/θ) (&gt; 0), or <c>null</c> without a standard error.</summary>
    public double? Lower95 => StandardError is { } se && Value > 0d ? Value * Math.Exp(-Z975 * se / Value) : null;

    /// <summary>The upper end of the 95 % interval, θ · exp(1.96 SE/θ), or <c>null</c> without a standard error (or if it overflows).</summary>
    public double? Upper95 => StandardError is { } se && Value > 0d && Value * Math.Exp(Z975 * se / Value) is var u && double.IsFinite(u) ? u : null;

    /// <inheritdoc />
    public override string ToString() => StandardError is { } se
        ? string.Create(CultureInfo.InvariantCulture, $"{Name} = {Value:G7} (SE {se:G4})")
        : string.Create(CultureInfo.InvariantCulture, $"{Name} = {Value:G7} (SE n/a)");
}
