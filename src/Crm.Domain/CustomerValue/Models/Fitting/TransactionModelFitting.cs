using System.Collections.Immutable;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// The steps every transaction model's <c>Fit</c> shares: validate and compress the summaries, start at the scale of
/// the data, run <see cref="MaximumLikelihood"/> and wrap the outcome with named estimates in a <see cref="ModelFit{TModel}"/>.
/// </summary>
internal static class TransactionModelFitting
{
    /// <summary>The weighted mean age T of the customers (at least 1e-3): a starting value for the models' time scales.</summary>
    public static double MeanAge(SummaryTable table)
    {
        double sum = 0d;
        for (int i = 0; i < table.Count; i++)
        {
            sum += table.Weight[i] * table.Age[i];
        }

        return Math.Max(sum / table.TotalWeight, 1e-3);
    }

    /// <summary>Maximises <paramref name="likelihood"/> from <paramref name="start"/> and builds the fit result.</summary>
    /// <param name="table">The compressed summaries the likelihood reads.</param>
    /// <param name="likelihood">The model's log-likelihood over <paramref name="table"/>.</param>
    /// <param name="start">Starting parameter values (all &gt; 0), in the order of <paramref name="names"/>.</param>
    /// <param name="names">The parameter names reported with the estimates.</param>
    /// <param name="options">Fit settings; <see cref="FitOptions.Default"/> when null.</param>
    /// <param name="create">Builds the model from the fitted parameters (finite and &gt; 0).</param>
    public static ModelFit<TModel> Run<TModel>(SummaryTable table, ILikelihood likelihood, ReadOnlySpan<double> start, ReadOnlySpan<string> names, FitOptions? options, Func<double[], TModel> create)
        where TModel : struct
    {
        var raw = MaximumLikelihood.Fit(likelihood, start, options ?? FitOptions.Default);
        var estimates = ImmutableArray.CreateBuilder<ParameterEstimate>(names.Length);
        for (int i = 0; i < names.Length; i++)
        {
            estimates.Add(new ParameterEstimate(names[i], raw.Parameters[i], raw.StandardErrors[i]));
        }

        return new ModelFit<TModel>(create(raw.Parameters), raw.Converged, raw.Iterations, raw.LogLikelihood, raw.GradientNorm, estimates.MoveToImmutable(), table.TotalWeight, table.Count, raw.Message);
    }
}
