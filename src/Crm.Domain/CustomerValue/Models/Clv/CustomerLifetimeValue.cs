using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Models.Clv;

/// <summary>
/// Customer lifetime value from a transaction model and an expected spend per transaction (e.g. the Gamma-Gamma
/// conditional mean): Σᵢ margin × spend × (E[Y(iΔ)] − E[Y((i−1)Δ)]) / (1+d)ⁱ over the horizon's steps of length Δ,
/// each step's cash flow discounted at its end (the convention of the Python package lifetimes).
/// </summary>
/// <remarks>Pure, allocation-free, thread-safe.</remarks>
public static partial class CustomerLifetimeValue
{
    /// <summary>Writes each step's discounted value for one customer into <paramref name="destination"/> (length = horizon).</summary>
    /// <typeparam name="TModel">A transaction model (BG/NBD, Pareto/NBD, …).</typeparam>
    /// <exception cref="ArgumentException"><paramref name="destination"/>'s length is not the horizon.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedSpend"/> is negative or not finite.</exception>
    public static void PerStep<TModel>(in TModel model, in CustomerSummary customer, double expectedSpend, ClvSettings settings, Span<double> destination)
        where TModel : struct, ITransactionModel
    {
        Guard.Against.Null(settings);
        Guard.Against.NegativeValue(expectedSpend);
        Guard.Against.LengthMismatch(destination.Length, settings.Horizon, "period of the horizon");
        double perTransaction = settings.Margin * expectedSpend;
        double previous = 0d;
        double discount = 1d;
        for (int i = 1; i <= settings.Horizon; i++)
        {
            double current = model.ExpectedTransactions(customer, i * settings.StepInModelPeriods);
            discount *= settings.DiscountFactorPerStep;
            destination[i - 1] = perTransaction * Math.Max(current - previous, 0d) * discount;
            previous = Math.Max(previous, current);
        }
    }

    /// <summary>The cumulative discounted value over the whole horizon for one customer.</summary>
    /// <typeparam name="TModel">A transaction model.</typeparam>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedSpend"/> is negative or not finite.</exception>
    public static double Of<TModel>(in TModel model, in CustomerSummary customer, double expectedSpend, ClvSettings settings)
        where TModel : struct, ITransactionModel
    {
        Guard.Against.Null(settings);
        Guard.Against.NegativeValue(expectedSpend);
        double value = 0d;
        if (!InOnePass(model, new ReadOnlySpan<CustomerSummary>(in customer), new ReadOnlySpan<double>(in expectedSpend), settings, new Span<double>(ref value)))
        {
            value = Cumulative(model, customer, settings.Margin * expectedSpend, settings);
        }

        return value;
    }

    /// <summary>
    /// Writes the cumulative CLV of each customer into <paramref name="destination"/>. Each value equals
    /// <see cref="Of{TModel}(in TModel, in CustomerSummary, double, ClvSettings)"/> for that customer bit for bit,
    /// whichever the customer's place in the batch and whatever <see cref="ClvSettings.MaxDegreeOfParallelism"/>.
    /// </summary>
    /// <remarks>
    /// For the BG/NBD, MBG/NBD and Pareto/NBD every window of four customers is valued in one pass (P(alive) and the
    /// per-customer terms once; see <see cref="ClvSettings"/>); other models go through their
    /// <see cref="ITransactionModel.Score"/> window by window. Allocation-free when
    /// <see cref="ClvSettings.MaxDegreeOfParallelism"/> is 1 (the default); above 1 the customers are copied to pooled
    /// buffers and valued in fixed blocks of 8,192 on up to that many threads.
    /// </remarks>
    /// <typeparam name="TModel">A transaction model.</typeparam>
    /// <exception cref="ArgumentException">The three spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An expected spend is negative or not finite.</exception>
    public static void Of<TModel>(in TModel model, ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> expectedSpend, ClvSettings settings, Span<double> destination)
        where TModel : struct, ITransactionModel
    {
        Guard.Against.Null(settings);
        Guard.Against.LengthMismatch(expectedSpend.Length, customers.Length, "customer");
        Guard.Against.LengthMismatch(destination.Length, customers.Length, "customer");

        // Every spend is checked before the first write, so that bad input leaves the destination as it was.
        foreach (double spend in expectedSpend)
        {
            Guard.Against.NegativeValue(spend, nameof(expectedSpend));
        }

        if (settings.MaxDegreeOfParallelism > 1 && customers.Length > FixedBlocks.DefaultSize)
        {
            InParallel(model, customers, expectedSpend, settings, destination);
        }
        else if (!InOnePass(model, customers, expectedSpend, settings, destination))
        {
            WindowByWindow(model, customers, expectedSpend, settings, destination);
        }
    }

    /// <summary>
    /// The previous batch path, kept as the baseline of the one-pass kernels and for models without one: customers go
    /// through the model's <see cref="ITransactionModel.Score"/> in chunks of 64, one window per step. Equal to
    /// <see cref="Cumulative{TModel}"/> per customer bit for bit (the models' batch-equals-single law). Unchecked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // stackalloc rules out on-stack replacement of the loop
    internal static void WindowByWindow<TModel>(in TModel model, ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> expectedSpend, ClvSettings settings, Span<double> destination)
        where TModel : struct, ITransactionModel
    {
        const int Chunk = 64;
        Span<double> alive = stackalloc double[Chunk];
        Span<double> current = stackalloc double[Chunk];
        Span<double> previous = stackalloc double[Chunk];
        for (int start = 0; start < customers.Length; start += Chunk)
        {
            int n = Math.Min(Chunk, customers.Length - start);
            var total = destination.Slice(start, n);
            total.Clear();
            previous.Clear();
            double discount = 1d;
            for (int i = 1; i <= settings.Horizon; i++)
            {
                model.Score(customers.Slice(start, n), i * settings.StepInModelPeriods, alive[..n], current[..n]);
                discount *= settings.DiscountFactorPerStep;
                for (int k = 0; k < n; k++)
                {
                    total[k] += Math.Max(current[k] - previous[k], 0d) * discount;
                    previous[k] = Math.Max(previous[k], current[k]);
                }
            }

            for (int k = 0; k < n; k++)
            {
                total[k] = settings.Margin * expectedSpend[start + k] * total[k];
            }
        }
    }

    /// <summary>The previous single-customer path: one <see cref="ITransactionModel.ExpectedTransactions"/> per window.</summary>
    internal static double Cumulative<TModel>(in TModel model, in CustomerSummary customer, double perTransaction, ClvSettings settings)
        where TModel : struct, ITransactionModel
    {
        double total = 0d;
        double previous = 0d;
        double discount = 1d;
        for (int i = 1; i <= settings.Horizon; i++)
        {
            double current = model.ExpectedTransactions(customer, i * settings.StepInModelPeriods);
            discount *= settings.DiscountFactorPerStep;
            total += Math.Max(current - previous, 0d) * discount;
            previous = Math.Max(previous, current);
        }

        return perTransaction * total;
    }
}
