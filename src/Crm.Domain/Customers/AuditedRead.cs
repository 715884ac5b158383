namespace Crm.Domain.Customers;

/// <summary>
/// The result of <see cref="Customer.ReadAudited"/>: what the actor may see, and the customer with the reads of
/// audited field groups kept in its audit trail.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> shows no personal data.</remarks>
public sealed class AuditedRead
{
    internal AuditedRead(Customer customer, CustomerView view)
    {
        Customer = customer;
        View = view;
    }

    /// <summary>The customer after the read: the same instance when no audited group was shown, else with one
    /// <see cref="AccessAudited"/> event per audited group shown. Store it as after a change.</summary>
    public Customer Customer { get; }

    /// <summary>What the actor may see, audited groups included.</summary>
    public CustomerView View { get; }

    /// <inheritdoc />
    public override string ToString() => $"{View} (customer version {Customer.Version})";
}
