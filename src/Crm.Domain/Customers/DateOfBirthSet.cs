using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The date of birth was set or cleared (<see cref="Customer.SetDateOfBirth"/>, <see cref="FieldGroup.Identity"/>).</summary>
/// <remarks>Redacted form (after erasure): <see cref="DateOfBirth"/> null.</remarks>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="DateOfBirth">The date of birth (personal data); null to clear it, and always null in a redacted history.</param>
public sealed record DateOfBirthSet(Instant At, Actor Actor, LocalDate? DateOfBirth) : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(DateOfBirthSet)} at {At} by {Actor}";

    internal override CustomerEvent Redacted() => this with { DateOfBirth = null };
}
