using Ardalis.GuardClauses;

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
    /// <summary>Summarises a transaction log.</summary>
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

        var builder = new CustomerSummaryBuilder<TCustomer>(options);
        builder.AddRange(transactions);
        return builder.Build();
    }

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
