using System.Collections.Immutable;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// The summaries of every customer of a transaction log whose first purchase falls in the calibration period, with
/// the options that built them.
/// </summary>
/// <typeparam name="TCustomer">The customer key.</typeparam>
/// <remarks>
/// <para><see cref="Rows"/> and <see cref="Summaries"/> are parallel: <c>Summaries[i] == Rows[i].Summary</c>, so a
/// model can fit on <c>Summaries.AsSpan()</c> directly. From <see cref="CustomerSummarizer"/>'s span, array and memory
/// overloads the rows are in the order of each customer's first transaction in the log, whatever the degree of
/// parallelism. From <see cref="CustomerSummaryBuilder{TCustomer}.Build"/> (and the sequence overload) the order is not
/// part of the contract (it follows the builder's hash shards, and string hashes differ from process to process); sort
/// the rows if you need a canonical order. Customers whose first purchase is in the holdout period have no calibration history and are
/// left out (counted in <see cref="CustomersFirstSeenInHoldout"/>), as in the cohort recipe of the literature.</para>
/// <para>An empty result (no rows) is possible from <see cref="CustomerSummaryBuilder{TCustomer}.Build"/>; the
/// one-shot <see cref="CustomerSummarizer"/> refuses an empty log instead. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CustomerSummaries<TCustomer>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    internal CustomerSummaries(
        SummaryOptions options,
        ImmutableArray<CustomerSummaryRow<TCustomer>> rows,
        ImmutableArray<CustomerSummary> summaries,
        long transactionCount,
        int customersFirstSeenInHoldout)
    {
        Options = options;
        Rows = rows;
        Summaries = summaries;
        TransactionCount = transactionCount;
        CustomersFirstSeenInHoldout = customersFirstSeenInHoldout;
        long x = 0, xStar = 0;
        foreach (var row in rows)
        {
            x += row.Summary.Frequency;
            xStar += row.HoldoutFrequency;
        }

        TotalFrequency = x;
        TotalHoldoutFrequency = xStar;
    }

    /// <summary>The options the summaries were built with.</summary>
    public SummaryOptions Options { get; }

    /// <summary>One row per customer first seen in calibration.</summary>
    public ImmutableArray<CustomerSummaryRow<TCustomer>> Rows { get; }

    /// <summary>The calibration summaries, parallel to <see cref="Rows"/>.</summary>
    public ImmutableArray<CustomerSummary> Summaries { get; }

    /// <summary>The number of customers summarised (the length of <see cref="Rows"/>).</summary>
    public int Count => Rows.Length;

    /// <summary>The number of raw transactions read (before merging), including those of customers first seen in the
    /// holdout.</summary>
    public long TransactionCount { get; }

    /// <summary>The number of customers left out because their first purchase is in the holdout period.</summary>
    public int CustomersFirstSeenInHoldout { get; }

    /// <summary>The sum of x over all rows (repeat transactions in calibration).</summary>
    public long TotalFrequency { get; }

    /// <summary>The sum of x* over all rows (transactions in the holdout).</summary>
    public long TotalHoldoutFrequency { get; }
}
