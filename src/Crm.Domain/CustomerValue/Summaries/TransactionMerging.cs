namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>Which transactions of one customer count as one purchase occasion.</summary>
/// <remarks><c>default</c> is <see cref="SameDay"/>, the recipe of every published CDNOW result.</remarks>
public enum TransactionMerging
{
    /// <summary>All transactions of a customer on the same calendar day are one transaction (their amounts are
    /// summed); times are measured in days and divided by the period length (R's BTYD convention).</summary>
    SameDay = 0,

    /// <summary>All transactions of a customer in the same calendar period (day, ISO week starting Monday, or
    /// calendar month) are one transaction; times are whole periods (Python lifetimes' <c>freq</c> convention).
    /// A period that straddles the calibration end is split: its calibration part and its holdout part are separate
    /// occasions.</summary>
    SamePeriod = 1,
}
