using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Customers;

// This file of the partial class: Conversion between the aggregate and its serialisable snapshot. (The type's one doc comment is on the main file's declaration.)
public sealed partial class Customer
{
    /// <summary>The customer's state and history as a serialisable snapshot (without the policy), schema version 1. Contains personal data unless erased.</summary>
    public CustomerSnapshot ToSnapshot() => new(ProcessHistory.SchemaVersion, Version, Id, Source, CreatedAt, _name, _dateOfBirth, _contactPoints, _timeZone.Id,
        _preferredChannels, _consents.Records, _timeline.Interactions, _creditLimit, _notes, _isErased, _mergedFrom, AuditTrail, _changedAt, History);

    /// <summary>
    /// Rebuilds a customer from a snapshot, enforcing <paramref name="policy"/> from now on: replays
    /// <see cref="CustomerSnapshot.History"/> (see <see cref="FromHistory"/>) and checks that every state field agrees
    /// with it. Accepts nothing a command would refuse.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An unknown <see cref="CustomerSnapshot.SchemaVersion"/>.</exception>
    /// <exception cref="ArgumentException">The snapshot breaks a rule (default id, blank source, unknown time zone,
    /// default arrays, wrong number of change instants, null entries, unknown channels, over-long notes, a name missing
    /// outside erasure, an erased snapshot with personal data, a history that could not have happened) or a state
    /// field disagrees with the history.</exception>
    public static Customer FromSnapshot(CustomerSnapshot snapshot, DataAccessPolicy policy)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(policy);
        ProcessHistory.RequireSchemaVersion(snapshot.SchemaVersion, nameof(CustomerSnapshot));
        Guard.Against.Uninitialized(snapshot.Id, !snapshot.Id.IsDefault);
        Guard.Against.NullOrWhiteSpace(snapshot.Source);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(snapshot.TimeZoneId ?? string.Empty)
            ?? throw new ArgumentException("TimeZoneId must be a TZDB zone id; the value given (not shown: contact data) is not one.", nameof(snapshot));
        foreach (var array in new[] { snapshot.ContactPoints.IsDefault, snapshot.PreferredChannels.IsDefault, snapshot.Consents.IsDefault,
            snapshot.Interactions.IsDefault, snapshot.MergedFrom.IsDefault, snapshot.AuditTrail.IsDefault, snapshot.ChangedAt.IsDefault, snapshot.History.IsDefault })
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

        if (snapshot.IsErased && (snapshot.Name is not null || snapshot.DateOfBirth is not null || !snapshot.ContactPoints.IsEmpty || snapshot.Notes is not null
            || !snapshot.PreferredChannels.IsEmpty || zone.Id != DateTimeZone.Utc.Id))
        {
            throw new ArgumentException("An erased customer cannot carry personal data.", nameof(snapshot));
        }

        foreach (var ch in snapshot.PreferredChannels)
        {
            Guard.Against.UndefinedEnum(ch, parameterName: nameof(snapshot));
        }

        if (snapshot.PreferredChannels.Distinct().Count() != snapshot.PreferredChannels.Length)
        {
            throw new ArgumentException("PreferredChannels must not repeat a channel.", nameof(snapshot));
        }

        if (snapshot.AuditTrail.Any(e => e is null) || snapshot.ContactPoints.Any(c => c is null) || snapshot.Consents.Any(c => c is null)
            || snapshot.Interactions.Any(i => i is null) || snapshot.MergedFrom.Any(m => m.IsDefault))
        {
            throw new ArgumentException("A customer snapshot cannot hold null entries.", nameof(snapshot));
        }

        if (snapshot.Notes is { Length: > MaxNotesLength })
        {
            throw new ArgumentException($"Notes must be at most {MaxNotesLength} characters.", nameof(snapshot));
        }

        if (snapshot.CreditLimit is { Amount: < 0 })
        {
            throw new ArgumentException("CreditLimit must not be negative.", nameof(snapshot));
        }

        var c = FromHistory(snapshot.History, policy);
        if (snapshot.Name is null && !snapshot.IsErased && !c._redacted)
        {
            throw new ArgumentException("Only an erased customer may lack a name.", nameof(snapshot));
        }

        const string type = nameof(CustomerSnapshot);
        ProcessHistory.RequireConsistent(snapshot.Version == c.Version, type, "version");
        ProcessHistory.RequireConsistent(snapshot.Id == c.Id, type, "id");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Source, c.Source, StringComparison.Ordinal), type, "source");
        ProcessHistory.RequireConsistent(snapshot.CreatedAt == c.CreatedAt, type, "creation instant");
        ProcessHistory.RequireConsistent(snapshot.Name == c._name, type, "name");
        ProcessHistory.RequireConsistent(snapshot.DateOfBirth == c._dateOfBirth, type, "date of birth");
        ProcessHistory.RequireConsistent(snapshot.ContactPoints.SequenceEqual(c._contactPoints), type, "contact points");
        ProcessHistory.RequireConsistent(string.Equals(zone.Id, c._timeZone.Id, StringComparison.Ordinal), type, "time zone");
        ProcessHistory.RequireConsistent(snapshot.PreferredChannels.SequenceEqual(c._preferredChannels), type, "preferred channels");
        ProcessHistory.RequireConsistent(snapshot.Consents.SequenceEqual(c._consents.Records), type, "consent records");
        ProcessHistory.RequireConsistent(snapshot.Interactions.SequenceEqual(c._timeline.Interactions), type, "interactions");
        ProcessHistory.RequireConsistent(snapshot.CreditLimit == c._creditLimit, type, "credit limit");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Notes, c._notes, StringComparison.Ordinal), type, "notes");
        ProcessHistory.RequireConsistent(snapshot.IsErased == c._isErased, type, "erasure flag");
        ProcessHistory.RequireConsistent(snapshot.MergedFrom.SequenceEqual(c._mergedFrom), type, "merged ids");
        ProcessHistory.RequireConsistent(snapshot.AuditTrail.Length == c._auditTrail.Length && snapshot.AuditTrail.Zip(c.AuditTrail).All(p => SameEntry(p.First, p.Second)),
            type, "audit trail");
        ProcessHistory.RequireConsistent(snapshot.ChangedAt.SequenceEqual(c._changedAt), type, "change instants");
        return c;
    }

    /// <summary>Field-wise equality of audit entries (their own equality is by reference).</summary>
    private static bool SameEntry(AuditEntry a, AuditEntry b) =>
        a.At == b.At && a.CustomerId == b.CustomerId && a.Actor == b.Actor && a.FieldGroup == b.FieldGroup && a.Action == b.Action
        && string.Equals(a.Field, b.Field, StringComparison.Ordinal) && string.Equals(a.Before, b.Before, StringComparison.Ordinal)
        && string.Equals(a.After, b.After, StringComparison.Ordinal) && a.Outcome == b.Outcome && string.Equals(a.Reason, b.Reason, StringComparison.Ordinal);
}
