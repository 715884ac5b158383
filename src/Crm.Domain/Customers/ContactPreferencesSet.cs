using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The time zone and preferred channels were set (<see cref="Customer.SetContactPreferences"/>, <see cref="FieldGroup.Contact"/>).</summary>
/// <remarks>Redacted form (after erasure): <see cref="TimeZoneId"/> null and no channels.</remarks>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="TimeZoneId">The TZDB id of the customer's time zone (personal data); null only in a redacted history.</param>
/// <param name="PreferredChannels">The preferred channels, best first: known channels, none repeated; <c>default</c> is refused.</param>
public sealed record ContactPreferencesSet(Instant At, Actor Actor, string? TimeZoneId, ImmutableArray<Channel> PreferredChannels) : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(ContactPreferencesSet)} at {At} by {Actor}";

    internal override CustomerEvent Redacted() => this with { TimeZoneId = null, PreferredChannels = [] };
}
