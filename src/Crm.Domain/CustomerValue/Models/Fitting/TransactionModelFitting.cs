using System.Collections.Immutable;
using System.Globalization;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// The steps every model's <c>Fit</c> shares: validate and compress the summaries, start at the scale of the data,
/// run <see cref="MaximumLikelihood"/>, say whether the data could identify the model at all, and wrap the outcome
/// with named estimates in a <see cref="ModelFit{TModel}"/>.
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

    /// <summary>Why a count model cannot be identified from <paramref name="table"/>, or <c>null</c> when it can be.</summary>
    public static string? Degeneracy(SummaryTable table)
    {
        if (Array.TrueForAll(table.X, x => x == 0))
        {
            return "no customer has a repeat transaction (every x = 0), so the purchase and drop-out processes are not identified";
        }

        if (Array.TrueForAll(table.Age, t => t == 0d))
        {
            return "every customer's age T is 0 (all first seen at the end of observation), so the data hold no time to fit rates on";
        }

        return SameSummary(table.Count, table.TotalWeight);
    }

    /// <summary>The degeneracy of data with a single distinct summary (one customer, or all identical), or <c>null</c>.</summary>
    public static string? SameSummary(int distinctRows, double totalWeight) => distinctRows > 1
        ? null
        : totalWeight <= 1d
            ? "a single customer cannot identify a population's distributions"
            : string.Create(CultureInfo.InvariantCulture, $"all {totalWeight:0.###} customers have the same summary, which cannot identify a population's distributions");

    /// <summary>Maximises <paramref name="likelihood"/> from <paramref name="start"/> and builds the fit result.</summary>
    /// <param name="model">The model's name for the report (e.g. <c>BG/NBD</c>).</param>
    /// <param name="likelihood">The model's log-likelihood over the compressed summaries.</param>
    /// <param name="distinctRows">The number of distinct summaries <paramref name="likelihood"/> reads.</param>
    /// <param name="degeneracy">Why the data cannot identify the model, or <c>null</c>; a non-null value makes the fit <see cref="FitStopReason.DegenerateData"/>.</param>
    /// <param name="start">Starting parameter values (all &gt; 0), in the order of <paramref name="names"/>.</param>
    /// <param name="names">The parameter names reported with the estimates.</param>
    /// <param name="options">Fit settings; <see cref="FitOptions.Default"/> when null.</param>
    /// <param name="create">Builds the model from the fitted parameters (finite and &gt; 0).</param>
    public static ModelFit<TModel> Run<TModel>(string model, ILikelihood likelihood, int distinctRows, string? degeneracy, ReadOnlySpan<double> start, ReadOnlySpan<string> names, FitOptions? options, Func<double[], TModel> create)
        where TModel : struct
    {
        // A row-range likelihood is summed in fixed blocks (in parallel up to the option's degree, the same bits at any degree).
        options ??= FitOptions.Default;
        var raw = MaximumLikelihood.Fit(BlockedLikelihood.Wrap(likelihood, options.MaxDegreeOfParallelism), start, options);
        var estimates = ImmutableArray.CreateBuilder<ParameterEstimate>(names.Length);
        for (int i = 0; i < names.Length; i++)
        {
            estimates.Add(new ParameterEstimate(names[i], raw.Parameters[i], raw.StandardErrors[i]));
        }

        var reason = raw.Reason;
        var message = raw.Message;
        if (degeneracy is not null)
        {
            // The optimiser's own account stays in the message: where it ended is still what the caller gets.
            reason = FitStopReason.DegenerateData;
            message = string.Concat("degenerate data: ", degeneracy, " (the optimiser: ", raw.Message, ")");
        }

        var report = new FitReport(model, estimates.MoveToImmutable(), raw.LogLikelihood, raw.Iterations, reason, message, raw.GradientNorm, likelihood.TotalWeight, distinctRows, null);
        return new ModelFit<TModel>(create(raw.Parameters), report);
    }
}
