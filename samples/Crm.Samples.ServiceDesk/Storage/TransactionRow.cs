namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>One purchase of one customer: the transaction table customer-value fits read.</summary>
public sealed class TransactionRow
{
    /// <summary>Database key.</summary>
    public long Id { get; set; }

    /// <summary>The customer (need not be registered at the desk: purchases often come from another system).</summary>
    public required string CustomerId { get; set; }

    /// <summary>The purchase day, ISO <c>yyyy-MM-dd</c>.</summary>
    public required string Day { get; set; }

    /// <summary>The amount spent (≥ 0, in the shop's currency).</summary>
    public decimal Amount { get; set; }
}
