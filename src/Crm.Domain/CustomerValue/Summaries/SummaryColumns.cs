using System.Runtime.InteropServices;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// The columns of a <see cref="CustomerSummaries{TCustomer}"/> while they are written: one array per field, each
/// customer at the same index in every column. Every path that builds summaries (the one-shot accumulator, its
/// partitions, the builder, a screen) writes rows here with <see cref="Set"/>, so that the result has one shape.
/// </summary>
/// <remarks>Columns, not an array of <see cref="CustomerSummaryRow{TCustomer}"/> beside an array of
/// <see cref="CustomerSummary"/>: a model fits on the summaries column directly, and no field is held twice (issue
/// 18: the result of a 5M-row log held every summary twice, 96 bytes a customer instead of 56). The value-type
/// columns are allocated without zeroing: every index is written exactly once before the result is handed out.
/// Not thread-safe, except that threads may write distinct indexes at the same time.</remarks>
internal sealed class SummaryColumns<TCustomer>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    /// <summary>Columns for <paramref name="count"/> customers.</summary>
    public SummaryColumns(int count)
    {
        Customers = new TCustomer[count];
        FirstPurchases = GC.AllocateUninitializedArray<LocalDate>(count);
        Summaries = GC.AllocateUninitializedArray<CustomerSummary>(count);
        HoldoutFrequencies = GC.AllocateUninitializedArray<int>(count);
        HoldoutSpends = GC.AllocateUninitializedArray<double>(count);
    }

    /// <summary>The number of customers the columns hold.</summary>
    public int Count => Customers.Length;

    /// <summary>The customer keys.</summary>
    public TCustomer[] Customers { get; private set; }

    /// <summary>The first purchases' dates.</summary>
    public LocalDate[] FirstPurchases { get; private set; }

    /// <summary>The calibration summaries.</summary>
    public CustomerSummary[] Summaries { get; private set; }

    /// <summary>x* of each customer.</summary>
    public int[] HoldoutFrequencies { get; private set; }

    /// <summary>The holdout spend of each customer.</summary>
    public double[] HoldoutSpends { get; private set; }

    /// <summary>Writes customer <paramref name="at"/>.</summary>
    public void Set(int at, TCustomer customer, LocalDate firstPurchase, CustomerSummary summary, int holdoutFrequency, double holdoutSpend)
    {
        Customers[at] = customer;
        FirstPurchases[at] = firstPurchase;
        Summaries[at] = summary;
        HoldoutFrequencies[at] = holdoutFrequency;
        HoldoutSpends[at] = holdoutSpend;
    }

    /// <summary>Keeps the first <paramref name="count"/> customers (a copy only if fewer than held).</summary>
    public void Trim(int count)
    {
        if (count == Count)
        {
            return;
        }

        Customers = Customers[..count];
        FirstPurchases = FirstPurchases[..count];
        Summaries = Summaries[..count];
        HoldoutFrequencies = HoldoutFrequencies[..count];
        HoldoutSpends = HoldoutSpends[..count];
    }

    /// <summary>The result, handing the columns over (no copy); the columns must not be written afterwards.</summary>
    public CustomerSummaries<TCustomer> ToSummaries(SummaryOptions options, long transactionCount, int customersFirstSeenInHoldout) =>
        new(
            options,
            ImmutableCollectionsMarshal.AsImmutableArray(Customers),
            ImmutableCollectionsMarshal.AsImmutableArray(FirstPurchases),
            ImmutableCollectionsMarshal.AsImmutableArray(Summaries),
            ImmutableCollectionsMarshal.AsImmutableArray(HoldoutFrequencies),
            ImmutableCollectionsMarshal.AsImmutableArray(HoldoutSpends),
            transactionCount,
            customersFirstSeenInHoldout);
}
