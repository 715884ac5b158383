using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>Processing of the customer's data was restricted (Art. 18): from <see cref="CustomerEvent.At"/> it is
/// kept but not used for marketing or profiling (<see cref="Customer.RestrictProcessing"/>, <see cref="FieldGroup.Consent"/>).</summary>
/// <remarks>Carries no personal data (its redacted form is itself).</remarks>
/// <param name="At">When the restriction took effect.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Ground">Why (Art. 18(1)(a)–(d)).</param>
public sealed record ProcessingRestricted(Instant At, Actor Actor, RestrictionGround Ground) : CustomerEvent(At, Actor)
{
    internal override CustomerEvent Redacted() => this;
}
