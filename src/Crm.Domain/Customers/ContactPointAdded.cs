using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>A contact point was added, or replaced the one with the same target (<see cref="Customer.AddContactPoint"/>, <see cref="FieldGroup.Contact"/>).</summary>
/// <remarks>Redacted form (after erasure): <see cref="ContactPoint"/> null; the kind stays (the audit trail names it).</remarks>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">The kind of contact point; equals <see cref="ContactPoint"/>'s kind; <see cref="ContactPointKind.Unknown"/> is refused.</param>
/// <param name="ContactPoint">The contact point (personal data); null only in a redacted history.</param>
public sealed record ContactPointAdded(Instant At, Actor Actor, ContactPointKind Kind, ContactPoint? ContactPoint) : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(ContactPointAdded)} ({Kind}) at {At} by {Actor}";

    internal override CustomerEvent Redacted() => this with { ContactPoint = null };
}
