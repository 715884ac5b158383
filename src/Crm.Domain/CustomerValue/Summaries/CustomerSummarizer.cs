using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// One-shot summaries of a whole transaction log. For a log too big for one pass, or read in parallel, use one
/// <see cref="CustomerSummaryBuilder{TCustomer}"/> per partition and merge them.
/// </summary>
/// <example>
/// <code>
/// var options = SummaryOptions.Create(new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30), SummaryPeriod.Week);
/// var result = CustomerSummarizer.Summarize(transactions, options);
/// ReadOnlySpan&lt;CustomerSummary&gt; forFit = result.Summaries.AsSpan();
/// </code>
/// </example>
public static class CustomerSummarizer
{
    /// <summary>Summarises a transaction log on the calling thread; the rows are in the order of each customer's
    /// first transaction in the log.</summary>
    /// <remarks>Customers get a dense index as they first appear and their state lives in fixed records (no
    /// per-customer objects, no occasion list): a customer whose rows are in date order costs O(1) per row; customers
    /// seen out of order are recounted from a second pass over their rows.</remarks>
    /// <exception cref="ArgumentException">The log is empty (<c>transactions</c>), or a transaction is invalid or
    /// after the observation end (the message names the customer and the field).</exception>
    public static CustomerSummaries<TCustomer> Summarize<TCustomer>(ReadOnlySpan<CustomerTransaction<TCustomer>> transactions, SummaryOptions options)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        Guard.Against.Null(options);
        if (transactions.IsEmpty)
        {
            throw new ArgumentException("transactions must contain at least one transaction; the log was empty.", nameof(transactions));
        }

        var accumulator = new SummaryAccumulator<TCustomer>(options, trackFirstRows: false, transactions.Length);
        accumulator.Apply(transactions, new RangeRows(0, transactions.Length), check: true);
        var included = accumulator.CountIncluded();
        var columns = new SummaryColumns<TCustomer>(included);
        accumulator.Write(columns, 0, null);
        return columns.ToSummaries(options, transactions.Length, accumulator.Count - included);
    }

    /// <summary>Summarises a transaction log on up to <paramref name="maxDegreeOfParallelism"/> threads. The result
    /// is the single-threaded one, equal bit for bit and in the same row order, whatever the degree.</summary>
    /// <param name="transactions">The log (any order).</param>
    /// <param name="options">How to summarise.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use (≥ 1; 1 runs on the calling thread only, which
    /// suits a host that already runs work in parallel), e.g. <see cref="Environment.ProcessorCount"/>. A parameter,
    /// not a member of <see cref="SummaryOptions"/>: the options say what is computed (they are stored as JSON and
    /// must be equal for builders to merge), the degree only how.</param>
    /// <remarks>Above 1 a first pass checks the rows and gives each the partition of its customer key's hash (16
    /// fixed partitions, never depending on the degree); then each thread reads the whole log in order and summarises
    /// only the customers of its own partitions (no copy of the rows), and each row is written at the rank of its
    /// customer's first transaction. Scratch: about a byte and a bit per row and 4 bytes per customer.</remarks>
    /// <exception cref="ArgumentException">See <see cref="Summarize{TCustomer}(ReadOnlySpan{CustomerTransaction{TCustomer}}, SummaryOptions)"/>
    /// (the first refused row of the log is the one named); or <paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public static CustomerSummaries<TCustomer> Summarize<TCustomer>(ReadOnlyMemory<CustomerTransaction<TCustomer>> transactions, SummaryOptions options, int maxDegreeOfParallelism)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        Guard.Against.Null(options);
        Guard.Against.NotStrictlyPositive(maxDegreeOfParallelism);
        if (maxDegreeOfParallelism == 1 || transactions.Length <= FixedBlocks.DefaultSize)
        {
            return Summarize(transactions.Span, options);
        }

        return SummaryPartitions.Summarize(transactions, options, maxDegreeOfParallelism);
    }

    /// <summary>The same as <see cref="Summarize{TCustomer}(ReadOnlyMemory{CustomerTransaction{TCustomer}}, SummaryOptions, int)"/>
    /// for an array (no copy).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">See <see cref="Summarize{TCustomer}(ReadOnlyMemory{CustomerTransaction{TCustomer}}, SummaryOptions, int)"/>.</exception>
    public static CustomerSummaries<TCustomer> Summarize<TCustomer>(CustomerTransaction<TCustomer>[] transactions, SummaryOptions options, int maxDegreeOfParallelism)
        where TCustomer : notnull, IEquatable<TCustomer> =>
        Summarize(new ReadOnlyMemory<CustomerTransaction<TCustomer>>(Guard.Against.Null(transactions)), options, maxDegreeOfParallelism);

    /// <summary>Summarises a transaction log given as a sequence.</summary>
    /// <exception cref="ArgumentException">See <see cref="Summarize{TCustomer}(ReadOnlySpan{CustomerTransaction{TCustomer}}, SummaryOptions)"/>.</exception>
    public static CustomerSummaries<TCustomer> Summarize<TCustomer>(IEnumerable<CustomerTransaction<TCustomer>> transactions, SummaryOptions options)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        Guard.Against.Null(transactions);
        Guard.Against.Null(options);
        var builder = new CustomerSummaryBuilder<TCustomer>(options);
        builder.AddRange(transactions);
        if (builder.TransactionCount == 0)
        {
            throw new ArgumentException("transactions must contain at least one transaction; the log was empty.", nameof(transactions));
        }

        return builder.Build();
    }

    /// <summary>The same as <see cref="Summarize{TCustomer}(ReadOnlySpan{CustomerTransaction{TCustomer}}, SummaryOptions)"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    public static CustomerSummaries<TCustomer> Summarize<TCustomer>(CustomerTransaction<TCustomer>[] transactions, SummaryOptions options)
        where TCustomer : notnull, IEquatable<TCustomer> =>
        Summarize(new ReadOnlySpan<CustomerTransaction<TCustomer>>(Guard.Against.Null(transactions)), options);
}
