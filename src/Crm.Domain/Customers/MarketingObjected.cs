using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The customer objected to direct marketing (Art. 21(2)–(3)): marketing and profiling stop at
/// <see cref="CustomerEvent.At"/>, whatever the lawful basis (<see cref="Customer.ObjectToMarketing"/>,
/// <see cref="FieldGroup.Consent"/>). Only a later consent grant for <see cref="ConsentPurpose.Marketing"/> (the
/// customer asking to hear from us again) ends it.</summary>
/// <remarks>Carries no personal data (its redacted form is itself).</remarks>
/// <param name="At">When the objection was recorded (and took effect).</param>
/// <param name="Actor">Who recorded it.</param>
public sealed record MarketingObjected(Instant At, Actor Actor) : CustomerEvent(At, Actor)
{
    internal override CustomerEvent Redacted() => this;
}
