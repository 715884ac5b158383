using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>A contact point was removed, or nothing matched (<see cref="Customer.RemoveContactPoint"/>, <see cref="FieldGroup.Contact"/>).</summary>
/// <remarks>Redacted form (after erasure): <see cref="ContactPoint"/> null; the kind stays.</remarks>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">The kind of contact point; <see cref="ContactPointKind.Unknown"/> is refused.</param>
/// <param name="ContactPoint">The target (personal data); null only in a redacted history.</param>
public sealed record ContactPointRemoved(Instant At, Actor Actor, ContactPointKind Kind, ContactPoint? ContactPoint) : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(ContactPointRemoved)} ({Kind}) at {At} by {Actor}";

    internal override CustomerEvent Redacted() => this with { ContactPoint = null };
}
