using Crm.Domain.Customers;

namespace Crm.Domain.Privacy;

/// <summary>
/// What <see cref="DataSubjectRequestEffects"/> did: the customer and the request after it. Applied, the customer
/// carries the change's events and the request is fulfilled (or, for an objection not yet in progress, still open);
/// refused by the data-access policy, the customer carries only the refusal's audit event and the request is unchanged.
/// </summary>
/// <remarks>Immutable and thread-safe. The host stores both aggregates.</remarks>
public sealed class DataSubjectRequestEffect
{
    internal DataSubjectRequestEffect(Customer customer, DataSubjectRequest request, CustomerUpdate lastUpdate)
    {
        Customer = customer;
        Request = request;
        Entry = lastUpdate.Entry;
    }

    /// <summary>The customer after the effect.</summary>
    public Customer Customer { get; }

    /// <summary>The request after the effect.</summary>
    public DataSubjectRequest Request { get; }

    /// <summary>The audit entry of the last customer command (the refusal, when refused).</summary>
    public AuditEntry Entry { get; }

    /// <summary>True when every change was allowed and applied.</summary>
    public bool IsApplied => Entry.Outcome == AuditOutcome.Allowed;

    /// <inheritdoc />
    public override string ToString() => $"Request {Request.Id} ({Request.Kind}, {Request.State}): {(IsApplied ? "applied" : "refused")} on customer {Customer.Id}";
}
