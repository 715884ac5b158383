using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// The summaries of every customer of a transaction log whose first purchase falls in the calibration period, with
/// the options that built them.
/// </summary>
/// <typeparam name="TCustomer">The customer key.</typeparam>
/// <remarks>
/// <para>The result is held as columns, one per field, all of length <see cref="Count"/> and parallel: customer
/// <c>i</c> is <c>Customers[i]</c>, with <c>Summaries[i]</c>, <c>FirstPurchases[i]</c>, <c>HoldoutFrequencies[i]</c> and
/// <c>HoldoutSpends[i]</c>. A model fits on <c>Summaries.AsSpan()</c> directly. <see cref="Rows"/> is the same data
/// as one record per customer, built from the columns on first use (see there). From <see cref="CustomerSummarizer"/>'s
/// span, array and memory overloads the customers are in the order of their first transaction in the log, whatever
/// the degree of parallelism. From <see cref="CustomerSummaryBuilder{TCustomer}.Build"/> (and the sequence overload)
/// the order is not part of the contract (it follows the builder's hash shards, and string hashes differ from process
/// to process); sort if you need a canonical order. Customers whose first purchase is in the holdout period have no
/// calibration history and are left out (counted in <see cref="CustomersFirstSeenInHoldout"/>), as in the cohort
/// recipe of the literature.</para>
/// <para>An empty result is possible from <see cref="CustomerSummaryBuilder{TCustomer}.Build"/>; the one-shot
/// <see cref="CustomerSummarizer"/> refuses an empty log instead. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CustomerSummaries<TCustomer>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    private CustomerSummaryRow<TCustomer>[]? _rows;

    internal CustomerSummaries(
        SummaryOptions options,
        ImmutableArray<TCustomer> customers,
        ImmutableArray<LocalDate> firstPurchases,
        ImmutableArray<CustomerSummary> summaries,
        ImmutableArray<int> holdoutFrequencies,
        ImmutableArray<double> holdoutSpends,
        long transactionCount,
        int customersFirstSeenInHoldout)
    {
        Options = options;
        Customers = customers;
        FirstPurchases = firstPurchases;
        Summaries = summaries;
        HoldoutFrequencies = holdoutFrequencies;
        HoldoutSpends = holdoutSpends;
        TransactionCount = transactionCount;
        CustomersFirstSeenInHoldout = customersFirstSeenInHoldout;
        long x = 0, xStar = 0;
        foreach (var summary in summaries)
        {
            x += summary.Frequency;
        }

        foreach (var holdout in holdoutFrequencies)
        {
            xStar += holdout;
        }

        TotalFrequency = x;
        TotalHoldoutFrequency = xStar;
    }

    /// <summary>The options the summaries were built with.</summary>
    public SummaryOptions Options { get; }

    /// <summary>The customers, one per summary.</summary>
    public ImmutableArray<TCustomer> Customers { get; }

    /// <summary>The date of each customer's first purchase (the start of their clock).</summary>
    public ImmutableArray<LocalDate> FirstPurchases { get; }

    /// <summary>The calibration summaries: x (repeat purchases), t_x, T (in periods) and m_x (mean repeat spend).</summary>
    public ImmutableArray<CustomerSummary> Summaries { get; }

    /// <summary>x* of each customer: the number of (merged) transactions in the holdout period; 0 when there is no
    /// holdout.</summary>
    public ImmutableArray<int> HoldoutFrequencies { get; }

    /// <summary>The total amount of each customer's holdout transactions (&gt;= 0); 0 when there is no holdout.</summary>
    public ImmutableArray<double> HoldoutSpends { get; }

    /// <summary>One record per customer: the columns' values at each index, in the same order.</summary>
    /// <remarks>Built from the columns on first use and kept (about 64 bytes a customer for a <see langword="long"/>
    /// key; every later call returns the same array). Code that only needs some fields reads the columns instead,
    /// which cost nothing more. Thread-safe: concurrent first calls may each build the array, and all get the
    /// one kept.</remarks>
    public ImmutableArray<CustomerSummaryRow<TCustomer>> Rows
    {
        get
        {
            var rows = Volatile.Read(ref _rows);
            if (rows is null)
            {
                rows = new CustomerSummaryRow<TCustomer>[Count];
                for (var i = 0; i < rows.Length; i++)
                {
                    rows[i] = new CustomerSummaryRow<TCustomer>(Customers[i], FirstPurchases[i], Summaries[i], HoldoutFrequencies[i], HoldoutSpends[i]);
                }

                rows = Interlocked.CompareExchange(ref _rows, rows, null) ?? rows;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(rows);
        }
    }

    /// <summary>The number of customers summarised.</summary>
    public int Count => Summaries.Length;

    /// <summary>The number of raw transactions read (before merging), including those of customers first seen in the
    /// holdout.</summary>
    public long TransactionCount { get; }

    /// <summary>The number of customers left out because their first purchase is in the holdout period.</summary>
    public int CustomersFirstSeenInHoldout { get; }

    /// <summary>The sum of x over all customers (repeat transactions in calibration).</summary>
    public long TotalFrequency { get; }

    /// <summary>The sum of x* over all customers (transactions in the holdout).</summary>
    public long TotalHoldoutFrequency { get; }
}
