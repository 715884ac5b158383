using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The name was changed (<see cref="Customer.Rename"/>, <see cref="FieldGroup.Identity"/>).</summary>
/// <remarks>Redacted form (after erasure): <see cref="Name"/> null.</remarks>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Name">The new name (personal data); null only in a redacted history.</param>
public sealed record CustomerRenamed(Instant At, Actor Actor, PersonName? Name) : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(CustomerRenamed)} at {At} by {Actor}";

    internal override CustomerEvent Redacted() => this with { Name = null };
}
