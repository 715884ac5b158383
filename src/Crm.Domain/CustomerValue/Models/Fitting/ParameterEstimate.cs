using System.Globalization;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>One fitted parameter: its name, its maximum-likelihood estimate and its standard error.</summary>
/// <remarks>
/// <see cref="StandardError"/> is the square root of the diagonal of the inverse Hessian of the unpenalised negative
/// log-likelihood at the estimate (in the parameter's own units); it is <c>null</c> when that Hessian is not positive
/// definite (a fit at a boundary or on data that do not identify the parameter). <c>default</c> has no name and value 0.
/// Immutable and thread-safe.
/// </remarks>
public readonly struct ParameterEstimate
{
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

    /// <inheritdoc />
    public override string ToString() => StandardError is { } se
        ? string.Create(CultureInfo.InvariantCulture, $"{Name} = {Value:G7} (SE {se:G4})")
        : string.Create(CultureInfo.InvariantCulture, $"{Name} = {Value:G7} (SE n/a)");
}
