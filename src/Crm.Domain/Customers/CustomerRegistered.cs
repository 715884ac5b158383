using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The creation event: the customer was registered (<see cref="Customer.Register"/>). Always first in a history.</summary>
/// <remarks>Redacted form (after erasure): <see cref="Name"/> and <see cref="TimeZoneId"/> null. A registration
/// without a name marks the whole history as redacted (see <see cref="CustomerEvent"/>).</remarks>
/// <param name="At">When the customer was registered (<see cref="Customer.CreatedAt"/>).</param>
/// <param name="Actor">Who registered it.</param>
/// <param name="CustomerId">The customer's id; <c>default</c> is refused.</param>
/// <param name="Name">The name (personal data); null only in a redacted history.</param>
/// <param name="Source">The system the record came from: 1 to 64 characters, not blank.</param>
/// <param name="TimeZoneId">The TZDB id of the customer's time zone (personal data); null only in a redacted history.</param>
public sealed record CustomerRegistered(Instant At, Actor Actor, CustomerId CustomerId, PersonName? Name, [property: NotPersonal("the channel that registered the customer (e.g. crm, web)")] string Source, string? TimeZoneId)
    : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(CustomerRegistered)} {CustomerId} at {At} by {Actor} from {Source}{(Name is null ? " (redacted)" : string.Empty)}";

    internal override CustomerEvent Redacted() => this with { Name = null, TimeZoneId = null };
}
