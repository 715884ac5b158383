namespace Crm.Domain.Customers;

/// <summary>
/// The outcome of a command on a <see cref="Customer"/>: the customer after it (the same instance, unchanged, when
/// refused) and the audit entry of the attempt (allowed or denied).
/// </summary>
/// <remarks>
/// <para>Why a result and not only an exception: the customer is immutable, so a refused change cannot leave a trace in
/// the customer without changing it. The refusal is therefore returned as an <see cref="AuditEntry"/> with
/// <see cref="AuditOutcome.Denied"/> for the host to append to its security log, while <see cref="Customer"/> stays
/// the very same instance. Allowed changes are also appended to <see cref="Customers.Customer.AuditTrail"/>.
/// <see cref="ThrowIfDenied"/> turns a refusal into an <see cref="AccessDeniedException"/> carrying the entry.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CustomerUpdate
{
    internal CustomerUpdate(Customer customer, AuditEntry entry)
    {
        Customer = customer;
        Entry = entry;
    }

    /// <summary>The customer after the command; the unchanged original when refused.</summary>
    public Customer Customer { get; }

    /// <summary>The audit entry of the attempt.</summary>
    public AuditEntry Entry { get; }

    /// <summary>True when the command was allowed and applied.</summary>
    public bool IsAllowed => Entry.Outcome == AuditOutcome.Allowed;

    /// <summary>The new customer, or an <see cref="AccessDeniedException"/> (carrying <see cref="Entry"/>) when refused.</summary>
    /// <exception cref="AccessDeniedException">The command was refused.</exception>
    public Customer ThrowIfDenied() => IsAllowed ? Customer : throw new AccessDeniedException(Entry);

    /// <inheritdoc />
    public override string ToString() => Entry.ToString();
}
