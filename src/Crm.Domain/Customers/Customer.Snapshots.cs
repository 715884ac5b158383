using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>Conversion between the aggregate and its serialisable snapshot.</summary>
public sealed partial class Customer
{
    /// <summary>The customer's state as a serialisable snapshot (without the policy). Contains personal data unless erased.</summary>
    public CustomerSnapshot ToSnapshot() => new(Id, Source, CreatedAt, _name, _dateOfBirth, _contactPoints, _timeZone.Id, _preferredChannels,
        _consents.Records, _timeline.Interactions, _creditLimit, _notes, _isErased, _mergedFrom, _auditTrail, _changedAt);

    /// <summary>Rebuilds a customer from a snapshot, enforcing <paramref name="policy"/> from now on.</summary>
    /// <exception cref="ArgumentException">The snapshot breaks a rule (default id, unknown time zone, default arrays, wrong number of change instants, an erased snapshot with personal data...).</exception>
    public static Customer FromSnapshot(CustomerSnapshot snapshot, DataAccessPolicy policy)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(policy);
        Guard.Against.Uninitialized(snapshot.Id, !snapshot.Id.IsDefault);
        Guard.Against.NullOrWhiteSpace(snapshot.Source);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(snapshot.TimeZoneId ?? string.Empty)
            ?? throw new ArgumentException($"Unknown time zone id '{snapshot.TimeZoneId}'.", nameof(snapshot));
        foreach (var array in new[] { snapshot.ContactPoints.IsDefault, snapshot.PreferredChannels.IsDefault, snapshot.Consents.IsDefault,
            snapshot.Interactions.IsDefault, snapshot.MergedFrom.IsDefault, snapshot.AuditTrail.IsDefault, snapshot.ChangedAt.IsDefault })
        {
            if (array)
            {
                throw new ArgumentException("Every array of a customer snapshot must be present.", nameof(snapshot));
            }
        }

        if (snapshot.ChangedAt.Length != DataAccessPolicy.FieldGroups.Length + 1)
        {
            throw new ArgumentException($"ChangedAt must have {DataAccessPolicy.FieldGroups.Length + 1} instants; it had {snapshot.ChangedAt.Length}.", nameof(snapshot));
        }

        if (snapshot.Name is null && !snapshot.IsErased)
        {
            throw new ArgumentException("Only an erased customer may lack a name.", nameof(snapshot));
        }

        if (snapshot.IsErased && (snapshot.Name is not null || snapshot.DateOfBirth is not null || !snapshot.ContactPoints.IsEmpty || snapshot.Notes is not null))
        {
            throw new ArgumentException("An erased customer cannot carry personal data.", nameof(snapshot));
        }

        foreach (var ch in snapshot.PreferredChannels)
        {
            Guard.Against.UnknownEnum(ch, nameof(snapshot));
        }

        if (snapshot.AuditTrail.Any(e => e is null) || snapshot.ContactPoints.Any(c => c is null) || snapshot.MergedFrom.Any(m => m.IsDefault))
        {
            throw new ArgumentException("A customer snapshot cannot hold null entries.", nameof(snapshot));
        }

        if (snapshot.Notes is { Length: > MaxNotesLength })
        {
            throw new ArgumentException($"Notes must be at most {MaxNotesLength} characters.", nameof(snapshot));
        }

        return new Customer(snapshot.Id, policy, snapshot.Source, snapshot.CreatedAt, snapshot.Name, snapshot.DateOfBirth, snapshot.ContactPoints, zone,
            snapshot.PreferredChannels, ConsentLedger.Of(snapshot.Consents), CustomerTimeline.Of(snapshot.Interactions), snapshot.CreditLimit, snapshot.Notes,
            snapshot.IsErased, snapshot.MergedFrom, snapshot.AuditTrail, snapshot.ChangedAt);
    }
}
