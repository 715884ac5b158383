using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Models;

/// <summary>
/// The public members the count models share, written once: each model's member checks nothing itself and forwards
/// here with its scoring kernel or itself. The parameter names match the public members', so that the guards'
/// messages name the caller's parameters.
/// </summary>
/// <remarks>
/// Generic over the kernel (<see cref="ILaneScorer"/>) or the model (<see cref="ICountModel{TSelf}"/>), both structs,
/// so each call is specialised and inlined as before: the span batches run <see cref="LaneBatch"/> directly.
/// </remarks>
internal static class CountModels
{
    /// <summary>Validates four parameters (each finite and &gt; 0, named after <see cref="ICountModel{TSelf}.ParameterNames"/>) and builds the model.</summary>
    public static TModel Create<TModel>(double p0, double p1, double p2, double p3)
        where TModel : struct, ICountModel<TModel>
    {
        var names = TModel.ParameterNames;
        return TModel.FromValidParameters(
            Guard.Against.NotStrictlyPositive(p0, names[0]),
            Guard.Against.NotStrictlyPositive(p1, names[1]),
            Guard.Against.NotStrictlyPositive(p2, names[2]),
            Guard.Against.NotStrictlyPositive(p3, names[3]));
    }

    /// <summary>Fits the model by maximum likelihood from its starting values; see the models' <c>Fit</c>.</summary>
    public static ModelFit<TModel> Fit<TModel>(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options)
        where TModel : struct, ICountModel<TModel>
    {
        if (TModel.FitDirect(customers, weights, options) is { } direct)
        {
            return direct;
        }

        var table = SummaryTable.Create(customers, weights);
        Span<double> start = stackalloc double[4];
        TModel.StartingValues(table, start);
        return TransactionModelFitting.Run(
            TModel.Notation,
            TModel.Likelihood(table),
            table.Count,
            TransactionModelFitting.Degeneracy(table),
            start,
            TModel.ParameterNames.AsSpan(),
            options,
            v => TModel.FromValidParameters(v[0], v[1], v[2], v[3]));
    }

    /// <summary>Fits on the summaries of a transaction log, recording their period in the fit; see the models' <c>Fit</c>.</summary>
    public static ModelFit<TModel> Fit<TModel, TCustomer>(CustomerSummaries<TCustomer> data, FitOptions? options)
        where TModel : struct, ICountModel<TModel>
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        Guard.Against.Null(data);
        if (data.Count == 0)
        {
            throw new ArgumentException("data must hold at least one customer summary; it was empty.", nameof(data));
        }

        return Fit<TModel>(data.Summaries.AsSpan(), ReadOnlySpan<double>.Empty, options).WithPeriod(data.Options.Period);
    }

    /// <summary>E[X(t)] of a new customer, scored as the summary x = 0, t_x = 0, T = 0 (the kernels' closed form covers it).</summary>
    public static double NewCustomerExpectedTransactions<TScorer>(in TScorer scorer, double t)
        where TScorer : struct, ILaneScorer =>
        LaneBatch.Single(scorer, 0, 0d, 0d, Guard.Against.NegativeValue(t), wantExpected: true).Expected;

    /// <summary>E[Y(t) | x, t_x, T] of one customer.</summary>
    public static double ExpectedTransactions<TScorer>(in TScorer scorer, in CustomerSummary customer, double t)
        where TScorer : struct, ILaneScorer =>
        LaneBatch.Single(scorer, customer.Frequency, customer.Recency, customer.Age, Guard.Against.NegativeValue(t), wantExpected: true).Expected;

    /// <summary>P(alive | x, t_x, T) of one customer.</summary>
    public static double ProbabilityAlive<TScorer>(in TScorer scorer, in CustomerSummary customer)
        where TScorer : struct, ILaneScorer =>
        LaneBatch.Single(scorer, customer.Frequency, customer.Recency, customer.Age, 0d, wantExpected: false).Alive;

    /// <summary>P(alive) per customer into <paramref name="destination"/> (same length).</summary>
    public static void ProbabilityAlive<TScorer>(in TScorer scorer, ReadOnlySpan<CustomerSummary> customers, Span<double> destination)
        where TScorer : struct, ILaneScorer
    {
        Guard.Against.LengthMismatch(destination.Length, customers.Length, "customer");
        LaneBatch.Run(scorer, customers, 0d, destination, Span<double>.Empty);
    }

    /// <summary>E[Y(t) | x, t_x, T] per customer into <paramref name="destination"/> (same length).</summary>
    public static void ExpectedTransactions<TScorer>(in TScorer scorer, ReadOnlySpan<CustomerSummary> customers, double t, Span<double> destination)
        where TScorer : struct, ILaneScorer
    {
        Guard.Against.LengthMismatch(destination.Length, customers.Length, "customer");
        LaneBatch.Run(scorer, customers, Guard.Against.NegativeValue(t), Span<double>.Empty, destination);
    }

    /// <summary>P(alive) and E[Y(t) | x, t_x, T] per customer in one pass: the scoring hot path.</summary>
    public static void Score<TScorer>(in TScorer scorer, ReadOnlySpan<CustomerSummary> customers, double t, Span<double> probabilityAlive, Span<double> expectedTransactions)
        where TScorer : struct, ILaneScorer
    {
        Guard.Against.LengthMismatch(probabilityAlive.Length, customers.Length, "customer");
        Guard.Against.LengthMismatch(expectedTransactions.Length, customers.Length, "customer");
        LaneBatch.Run(scorer, customers, Guard.Against.NegativeValue(t), probabilityAlive, expectedTransactions);
    }

    /// <summary>
    /// <see cref="Score{TScorer}(in TScorer, ReadOnlySpan{CustomerSummary}, double, Span{double}, Span{double})"/> on up
    /// to <paramref name="maxDegreeOfParallelism"/> threads through <see cref="FixedBlocks"/>: each block of customers
    /// is scored on its own into its own slice, and a customer's values depend only on that customer, so every degree
    /// gives the single-threaded bits.
    /// </summary>
    public static void Score<TScorer>(TScorer scorer, ReadOnlyMemory<CustomerSummary> customers, double t, Memory<double> probabilityAlive, Memory<double> expectedTransactions, int maxDegreeOfParallelism)
        where TScorer : struct, ILaneScorer
    {
        Guard.Against.LengthMismatch(probabilityAlive.Length, customers.Length, "customer");
        Guard.Against.LengthMismatch(expectedTransactions.Length, customers.Length, "customer");
        Guard.Against.NegativeValue(t);
        Guard.Against.NotStrictlyPositive(maxDegreeOfParallelism);
        int length = customers.Length;

        // One table of Taylor rows for every block (rows are the same bits whoever builds them).
        using var anchors = t > 0d && TaylorAnchors.PaysFor(length) && LaneBatch.NeedsAnchors(scorer) ? TaylorAnchors.Rent() : default;
        var shared = anchors.IsOpen ? LaneBatch.WithAnchors(scorer, anchors) : scorer;
        FixedBlocks.For(FixedBlocks.Count(length), maxDegreeOfParallelism, block =>
        {
            var (start, end) = FixedBlocks.Range(block, length);
            LaneBatch.Run(shared, customers.Span[start..end], t, probabilityAlive.Span[start..end], expectedTransactions.Span[start..end]);
        });
    }

    /// <summary>E[X(t)] of a new customer per window; every window is checked before the first write.</summary>
    public static void NewCustomerOverWindows<TModel>(in TModel model, ReadOnlySpan<double> windows, Span<double> destination)
        where TModel : struct, ITransactionModel
    {
        Guard.Against.LengthMismatch(destination.Length, windows.Length, "window");
        foreach (double t in windows)
        {
            Guard.Against.NegativeValue(t, nameof(windows));
        }

        for (int i = 0; i < windows.Length; i++)
        {
            destination[i] = model.ExpectedTransactionsNewCustomer(windows[i]);
        }
    }

    /// <summary>P(X(t) = n) of a new customer for n = 0 … length − 1.</summary>
    public static void ProbabilityOfTransactions<TModel>(in TModel model, double t, Span<double> destination)
        where TModel : struct, ICountModel<TModel>
    {
        Guard.Against.NegativeValue(t);
        for (int n = 0; n < destination.Length; n++)
        {
            destination[n] = model.ProbabilityOfTransactions(n, t);
        }
    }

    /// <summary>The model as <c>NAME(p0=…, p1=…, p2=…, p3=…)</c>, six significant digits, invariant culture.</summary>
    public static string Format<TModel>(in TModel model)
        where TModel : struct, ICountModel<TModel>
    {
        var names = TModel.ParameterNames;
        var (p0, p1, p2, p3) = model.Parameters;
        return string.Create(CultureInfo.InvariantCulture, $"{TModel.Notation}({names[0]}={p0:G6}, {names[1]}={p1:G6}, {names[2]}={p2:G6}, {names[3]}={p3:G6})");
    }
}
