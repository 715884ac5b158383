using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// The serialisable form of a <see cref="Customer"/> (a DTO: JSON goes through snapshots, never through the
/// aggregate): its state, for hosts to read and query, and its <see cref="History"/>, which is the truth. Rebuild the
/// aggregate with <see cref="Customer.FromSnapshot"/>, which replays the history, checks that every state field
/// agrees with it, and re-attaches a data-access policy (policies are configuration, not customer data).
/// </summary>
/// <remarks>Contains personal data unless the customer is erased (an erased customer's history is redacted, see
/// <see cref="CustomerEvent"/>). Immutable; arrays compare by reference. <c>default</c> arrays are refused.</remarks>
/// <param name="SchemaVersion">The snapshot schema version; this release writes and reads 1.</param>
/// <param name="Version">The customer's version: the number of events in <see cref="History"/>.</param>
/// <param name="Id">The customer's id.</param>
/// <param name="Source">The system the record came from.</param>
/// <param name="CreatedAt">When the customer was registered.</param>
/// <param name="Name">The name; null once erased.</param>
/// <param name="DateOfBirth">The date of birth, if known.</param>
/// <param name="ContactPoints">The contact points.</param>
/// <param name="TimeZoneId">The TZDB id of the customer's time zone.</param>
/// <param name="PreferredChannels">Preferred channels, best first.</param>
/// <param name="Consents">Every consent record.</param>
/// <param name="Interactions">Every interaction.</param>
/// <param name="CreditLimit">The credit limit, if any.</param>
/// <param name="Notes">Notes, if any.</param>
/// <param name="IsErased">Whether the customer is erased.</param>
/// <param name="MergedFrom">Ids merged into this record.</param>
/// <param name="AuditTrail">The audit trail.</param>
/// <param name="ChangedAt">When each field group last changed, indexed by <see cref="FieldGroup"/> (index 0 unused).</param>
/// <param name="History">Every event, oldest first (see <see cref="Customer.History"/>).</param>
public sealed record CustomerSnapshot(
    int SchemaVersion,
    int Version,
    CustomerId Id,
    [property: NotPersonal("the channel that registered the customer (e.g. crm, web)")] string Source,
    Instant CreatedAt,
    PersonName? Name,
    LocalDate? DateOfBirth,
    ImmutableArray<ContactPoint> ContactPoints,
    string TimeZoneId,
    ImmutableArray<Channel> PreferredChannels,
    ImmutableArray<ConsentRecord> Consents,
    ImmutableArray<Interaction> Interactions,
    Money? CreditLimit,
    [property: Personal] string? Notes,
    bool IsErased,
    ImmutableArray<CustomerId> MergedFrom,
    ImmutableArray<AuditEntry> AuditTrail,
    ImmutableArray<Instant> ChangedAt,
    ImmutableArray<CustomerEvent> History)
{
    /// <summary>Id, version and counts only: a snapshot holds personal data, which diagnostic text never shows.</summary>
    public override string ToString() =>
        $"{nameof(CustomerSnapshot)} {Id} v{Version} ({Counted.Of(ContactPoints.IsDefault ? 0 : ContactPoints.Length, "contact point")}, {Counted.Of(History.IsDefault ? 0 : History.Length, "event")}{(IsErased ? ", erased" : string.Empty)})";
}
