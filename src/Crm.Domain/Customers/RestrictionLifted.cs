using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The restriction of processing was lifted: processing may resume from <see cref="CustomerEvent.At"/>
/// (<see cref="Customer.LiftRestriction"/>, <see cref="FieldGroup.Consent"/>).</summary>
/// <remarks>Carries no personal data (its redacted form is itself).</remarks>
/// <param name="At">When the restriction ended.</param>
/// <param name="Actor">Who lifted it.</param>
public sealed record RestrictionLifted(Instant At, Actor Actor) : CustomerEvent(At, Actor)
{
    internal override CustomerEvent Redacted() => this;
}
