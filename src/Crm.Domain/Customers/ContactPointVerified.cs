using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>A verification result was recorded for an existing contact point (<see cref="Customer.Verify"/>, <see cref="FieldGroup.Contact"/>).</summary>
/// <remarks>Redacted form (after erasure): <see cref="ContactPoint"/> null; the kind and both states stay (the audit
/// trail shows them). <see cref="Previous"/> is what the command found, kept so that a redacted history still
/// reproduces the audit trail; replay checks it against the contact point's state.</remarks>
/// <param name="At">When (also the contact point's new <see cref="Customers.ContactPoint.RecordedAt"/>).</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">The kind of contact point; <see cref="ContactPointKind.Unknown"/> is refused.</param>
/// <param name="ContactPoint">The target (personal data; its own state is ignored); null only in a redacted history.</param>
/// <param name="Previous">The contact point's state before.</param>
/// <param name="State">The new state.</param>
public sealed record ContactPointVerified(Instant At, Actor Actor, ContactPointKind Kind, ContactPoint? ContactPoint, VerificationState Previous, VerificationState State)
    : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(ContactPointVerified)} ({Kind}: {Previous} -> {State}) at {At} by {Actor}";

    internal override CustomerEvent Redacted() => this with { ContactPoint = null };
}
