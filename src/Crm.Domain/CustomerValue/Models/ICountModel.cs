using System.Collections.Immutable;
using Crm.Domain.CustomerValue.Models.Fitting;

namespace Crm.Domain.CustomerValue.Models;

/// <summary>
/// What a count model of four parameters (BG/NBD, MBG/NBD, Pareto/NBD) keeps to itself — its notation, its parameter
/// names and values, its likelihood and its starting values — so that <see cref="CountModels"/> writes the guards and
/// forwarding of their shared public members once.
/// </summary>
/// <remarks>
/// Static abstract members rather than a base class: the models are structs, and the shared wrappers are generic
/// methods constrained on this interface, so the JIT specialises each call per model (no boxing, no virtual call).
/// Implemented explicitly, so none of it is public API.
/// </remarks>
/// <typeparam name="TSelf">The model struct itself.</typeparam>
internal interface ICountModel<TSelf> : ITransactionModel
    where TSelf : struct, ICountModel<TSelf>
{
    /// <summary>The model's name as <see cref="object.ToString"/> shows it, e.g. <c>BG/NBD</c>.</summary>
    static abstract string Notation { get; }

    /// <summary>The four parameter names in order: the factory's parameter names, the fit's estimates and the JSON members.</summary>
    static abstract ImmutableArray<string> ParameterNames { get; }

    /// <summary>The four parameter values, in the order of <see cref="ParameterNames"/>.</summary>
    (double P0, double P1, double P2, double P3) Parameters { get; }

    /// <summary>The model of four parameters already known to be finite and &gt; 0 (checked by the caller).</summary>
    static abstract TSelf FromValidParameters(double p0, double p1, double p2, double p3);

    /// <summary>The model's weighted log-likelihood over <paramref name="table"/>, with its gradient.</summary>
    static abstract ILikelihood Likelihood(SummaryTable table);

    /// <summary>
    /// A model's own fit over the raw summaries (a faster likelihood over its own layout), or <c>null</c> to take the
    /// shared path (<see cref="SummaryTable"/>, <see cref="Likelihood"/>, <see cref="StartingValues"/>).
    /// </summary>
    static virtual ModelFit<TSelf>? FitDirect(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options) => null;

    /// <summary>Writes the fit's four starting values (all &gt; 0, at the time scale of the data) into <paramref name="start"/>.</summary>
    static abstract void StartingValues(SummaryTable table, Span<double> start);
}
