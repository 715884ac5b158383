using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Customers;

// This file of the partial class: Replay: the one place where an event is validated against the state and applied. (The type's one doc comment is on the main file's declaration.)
public sealed partial class Customer
{
    /// <summary>
    /// Rebuilds a customer from its events, enforcing <paramref name="policy"/> from now on. Access is not re-checked
    /// (the events were allowed when they happened); every value, transition and instant is.
    /// </summary>
    /// <param name="history">The events, oldest first; the first must be <see cref="CustomerRegistered"/>.</param>
    /// <param name="policy">The data-access policy (configuration, not customer data).</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">The history could not have happened: empty, not starting with the
    /// registration, a second registration, an instant going backwards, a value a command refuses, personal data
    /// changed after erasure, or an erased history that still carries personal data. The message names the event's index.</exception>
    public static Customer FromHistory(IEnumerable<CustomerEvent> history, DataAccessPolicy policy)
    {
        Guard.Against.Null(policy);
        return ProcessHistory.Replay(history, e => Start(e, policy), (c, e) => c.Apply(e));
    }

    private static Customer Start(CustomerEvent e, DataAccessPolicy policy) =>
        e is CustomerRegistered registered
            ? new Customer(registered, policy)
            : throw new ArgumentException($"A customer's history starts with {nameof(CustomerRegistered)}; it started with {e.GetType().Name}.", nameof(e));

    /// <summary>The customer after <paramref name="e"/>: every check of the event against this state, then the change.</summary>
    private Customer Apply(CustomerEvent e)
    {
        Guard.Against.Null(e);
        Guard.Against.Uninitialized(e.Actor, !e.Actor.IsDefault, "actor");
        var next = (Customer)MemberwiseClone();
        var entry = e switch
        {
            CustomerRegistered => throw new ArgumentException($"Customer {Id} is already registered: a history has one {nameof(CustomerRegistered)}.", nameof(e)),
            CustomerRenamed r => next.On(r),
            DateOfBirthSet d => next.On(d),
            ContactPointAdded a => next.On(a),
            ContactPointVerified v => next.On(v),
            ContactPointRemoved r => next.On(r),
            ContactPreferencesSet p => next.On(p),
            ConsentRecorded c => next.On(c),
            InteractionRecorded i => next.On(i),
            CreditLimitSet l => next.On(l),
            NotesSet n => next.On(n),
            CustomerMerged m => next.On(m),
            CustomerErased x => next.On(x),
            AccessAudited a => next.On(a),
            LawfulBasisRecorded b => next.On(b),
            ProcessingRestricted r => next.On(r),
            RestrictionLifted l => next.On(l),
            MarketingObjected o => next.On(o),
            _ => throw new ArgumentException($"Unknown customer event {e.GetType().Name}.", nameof(e)),
        };
        next._history = ProcessHistory.Append(_history, e, $"Customer {Id}");
        next._auditTrail = next._auditTrail.Append(entry);
        return next;
    }

    private AuditEntry On(CustomerRenamed e)
    {
        var name = PersonalValue(e.Name, FieldGroup.Identity, "name");
        _name = name;
        return Changed(e, FieldGroup.Identity, "Name", AuditEntry.Redacted, AuditEntry.Redacted);
    }

    private AuditEntry On(DateOfBirthSet e)
    {
        RequireMayChangePersonalData(FieldGroup.Identity);
        RequireNoPersonalData(e.DateOfBirth is null, FieldGroup.Identity, onlyIfRedacted: true);
        _dateOfBirth = e.DateOfBirth;
        return Changed(e, FieldGroup.Identity, "DateOfBirth", AuditEntry.Redacted, AuditEntry.Redacted);
    }

    private AuditEntry On(ContactPointAdded e)
    {
        var point = ContactTarget(e.Kind, e.ContactPoint);
        if (point is not null)
        {
            _contactPoints = [.. _contactPoints.Where(p => !p.SameTarget(point)), point];
        }

        return Changed(e, FieldGroup.Contact, e.Kind.ToString(), AuditEntry.Redacted, AuditEntry.Redacted);
    }

    private AuditEntry On(ContactPointVerified e)
    {
        Guard.Against.UndefinedEnum(e.Previous, allowDefault: true, parameterName: "previous");
        Guard.Against.UndefinedEnum(e.State, allowDefault: true, parameterName: "state");
        var point = ContactTarget(e.Kind, e.ContactPoint);
        if (point is not null)
        {
            var existing = ExistingTarget(point);
            if (existing.Verification != e.Previous)
            {
                throw new ArgumentException($"The contact point's state was {existing.Verification}, not {e.Previous}.", nameof(e));
            }

            _contactPoints = _contactPoints.Replace(existing, existing.WithVerification(e.State, e.At));
        }

        return Changed(e, FieldGroup.Contact, e.Kind + ".Verification", e.Previous.ToString(), e.State.ToString());
    }

    private AuditEntry On(ContactPointRemoved e)
    {
        var point = ContactTarget(e.Kind, e.ContactPoint);
        if (point is not null)
        {
            _contactPoints = [.. _contactPoints.Where(p => !p.SameTarget(point))];
        }

        return Changed(e, FieldGroup.Contact, e.Kind.ToString(), AuditEntry.Redacted, null);
    }

    private AuditEntry On(ContactPreferencesSet e)
    {
        RequireMayChangePersonalData(FieldGroup.Contact);
        var channels = RequireChannels(e.PreferredChannels, "preferredChannels");
        if (_redacted)
        {
            RequireNoPersonalData(e.TimeZoneId is null && channels.IsEmpty, FieldGroup.Contact);
        }

        _timeZone = _redacted ? DateTimeZone.Utc : ZoneOf(e.TimeZoneId, "timeZone");
        _preferredChannels = channels;
        return Changed(e, FieldGroup.Contact, "Preferences", AuditEntry.Redacted, AuditEntry.Redacted);
    }

    private AuditEntry On(ConsentRecorded e)
    {
        var record = Guard.Against.Null(e.Record, "record");
        if (record.Basis != LawfulBasis.Consent)
        {
            throw new ArgumentException($"A {nameof(ConsentRecorded)} carries a consent; a {record.Basis} basis is a {nameof(LawfulBasisRecorded)}.", nameof(e));
        }

        // A fresh marketing consent given after an objection is the customer asking to hear from us again.
        if (record.Status == ConsentStatus.Granted && record.Purpose == ConsentPurpose.Marketing && record.At > _objectedAt)
        {
            _objectedAt = null;
        }

        return OnLedgerRecord(e, record);
    }

    private AuditEntry On(LawfulBasisRecorded e)
    {
        var record = Guard.Against.Null(e.Record, "record");
        if (record.Basis == LawfulBasis.Consent)
        {
            throw new ArgumentException($"A {nameof(LawfulBasisRecorded)} carries a basis other than consent; a consent is a {nameof(ConsentRecorded)}.", nameof(e));
        }

        return OnLedgerRecord(e, record);
    }

    private AuditEntry On(ProcessingRestricted e)
    {
        Guard.Against.UndefinedEnum(e.Ground, parameterName: "ground");
        ProcessHistory.Require(_restrictedFor is null, "customer", "Restricted", "Restricted", $"customer {Id}'s processing is already restricted ({_restrictedFor})");
        (_restrictedFor, _restrictedSince) = (e.Ground, e.At);
        return Changed(e, FieldGroup.Consent, "Restriction", null, e.Ground.ToString());
    }

    private AuditEntry On(RestrictionLifted e)
    {
        ProcessHistory.Require(_restrictedFor is not null, "customer", "Unrestricted", "RestrictionLifted", $"customer {Id}'s processing is not restricted");
        var before = _restrictedFor.ToString();
        (_restrictedFor, _restrictedSince) = (null, null);
        return Changed(e, FieldGroup.Consent, "Restriction", before, null);
    }

    private AuditEntry On(MarketingObjected e)
    {
        _objectedAt = e.At;
        return Changed(e, FieldGroup.Consent, "MarketingObjection", null, "Objected");
    }

    /// <summary>A consent or lawful-basis record joins the ledger (the clock does not move; see <see cref="CustomerEvent"/>).</summary>
    private AuditEntry OnLedgerRecord(CustomerEvent e, ConsentRecord record)
    {
        RequireClockUnmoved(e);
        if (!_isErased)
        {
            // Before an erasure, a redacted history holds only anonymised records; after it, new records are kept as given.
            RequireNoPersonalData(record.Equals(record.Anonymised()), FieldGroup.Consent, onlyIfRedacted: true);
        }

        var before = _consents.StatusOf(record.Channel, record.Purpose, record.At);
        _consents = _consents.Add(record);
        return Changed(e, FieldGroup.Consent, $"{record.Channel}/{record.Purpose}", before.ToString(), record.Status.ToString(), record.At);
    }

    private AuditEntry On(InteractionRecorded e)
    {
        var interaction = Guard.Against.Null(e.Interaction, "interaction");
        RequireClockUnmoved(e);
        _timeline = _timeline.Add(interaction);
        return Changed(e, FieldGroup.Interactions, "Timeline", null, $"{interaction.Direction} {interaction.Kind} via {interaction.Channel}", interaction.At);
    }

    private AuditEntry On(CreditLimitSet e)
    {
        RequireCreditLimit(e.CreditLimit);
        var before = _creditLimit;
        _creditLimit = e.CreditLimit;
        return Changed(e, FieldGroup.Financial, "CreditLimit", Format(before), Format(e.CreditLimit));
    }

    private AuditEntry On(NotesSet e)
    {
        RequireNotes(e.Notes);
        RequireMayChangePersonalData(FieldGroup.Notes);
        RequireNoPersonalData(e.Notes is null, FieldGroup.Notes, onlyIfRedacted: true);
        _notes = string.IsNullOrWhiteSpace(e.Notes) ? null : e.Notes;
        return Changed(e, FieldGroup.Notes, "Notes", AuditEntry.Redacted, AuditEntry.Redacted);
    }

    private AuditEntry On(CustomerMerged e)
    {
        // 'this' is still the survivor's state here (the clone is changed only below).
        ProcessHistory.Require(!_isErased, "customer", "Erased", "Merged", $"customer {Id} is erased and cannot be merged");
        Guard.Against.NullOrWhiteSpace(e.Reason, "reason");
        if (e.Absorbed.IsDefault)
        {
            throw new ArgumentException("The absorbed history must be present.", nameof(e));
        }

        var other = FromHistory(e.Absorbed, Policy);
        if (other.Id == Id)
        {
            throw new ArgumentException($"Cannot merge customer {Id} with itself.", nameof(e));
        }

        ProcessHistory.Require(!other._isErased, "customer", "Erased", "Merged", $"customer {other.Id} is erased and cannot be merged");
        if (other._redacted != _redacted)
        {
            throw new ArgumentException("A redacted history can only absorb a redacted history, and the other way round.", nameof(e));
        }

        var contact = Survivor(e.ContactFrom, other, "contactFrom");
        var financial = Survivor(e.FinancialFrom, other, "financialFrom");
        var notes = Survivor(e.NotesFrom, other, "notesFrom");
        var otherContact = contact == this ? other : this;
        var entry = new AuditEntry(e.At, Id, e.Actor, FieldGroup.Identity, AuditAction.Merge, "Merge:" + other.Id, null, null, AuditOutcome.Allowed, e.Reason, Policy.PlayerOf(e.Actor.Role));

        var contactPoints = contact._contactPoints.Concat(otherContact._contactPoints)
            .GroupBy(p => (p.Kind, p.Value))
            .Select(g => g.OrderByDescending(p => p.RecordedAt).First())
            .ToImmutableArray();
        ImmutableArray<Instant> changedAt = [.. DataAccessPolicy.FieldGroups.Prepend(FieldGroup.Unknown)
            .Select(g => g == FieldGroup.Unknown ? Instant.Max(CreatedAt, other.CreatedAt) : Instant.Max(LastChanged(g), other.LastChanged(g)))];
        ImmutableArray<CustomerId> mergedFrom = [.. new[] { other.Id }.Concat(_mergedFrom).Concat(other._mergedFrom).Where(id => id != Id).Distinct().Order()];
        ImmutableArray<AuditEntry> audit = [.. _auditTrail.Events.Concat(other._auditTrail.Events).OrderBy(a => a.At)];

        _createdAt = Instant.Min(_createdAt, other._createdAt);
        _name ??= other._name;
        _dateOfBirth ??= other._dateOfBirth;
        _contactPoints = contactPoints;
        (_timeZone, _preferredChannels) = contact._preferredChannels.IsEmpty
            ? (otherContact._timeZone, otherContact._preferredChannels)
            : (contact._timeZone, contact._preferredChannels);
        _consents = _consents.Union(other._consents);
        _timeline = _timeline.Union(other._timeline);
        _creditLimit = financial._creditLimit ?? (financial == this ? other : this)._creditLimit;
        _notes = notes._notes ?? (notes == this ? other : this)._notes;
        _mergedFrom = mergedFrom;

        // A restriction or an objection of either record holds for the golden record: merging must not resume processing.
        (_restrictedFor, _restrictedSince) = _restrictedFor is null ? (other._restrictedFor, other._restrictedSince) : (_restrictedFor, _restrictedSince);
        _objectedAt = _objectedAt is { } mine && other._objectedAt is { } theirs ? Instant.Max(mine, theirs) : _objectedAt ?? other._objectedAt;
        _auditTrail = EventLog<AuditEntry>.From(audit.AsSpan());
        _changedAt = changedAt;
        return entry;
    }

    private AuditEntry On(CustomerErased e)
    {
        ProcessHistory.Require(!_isErased, "customer", "Erased", "Erased", $"customer {Id} is already erased");
        if (!_redacted)
        {
            throw new ArgumentException($"Customer {Id}: an erased customer's history must be redacted, but it still carries personal data.", nameof(e));
        }

        _name = null;
        _dateOfBirth = null;
        _contactPoints = [];
        _timeZone = DateTimeZone.Utc;
        _preferredChannels = [];
        _notes = null;

        // Anonymising can make two records of a merged ledger equal; keeping them once makes the redacted replay (whose
        // merge unites records already anonymised) give the same ledger.
        _consents = ConsentLedger.Of(_consents.Anonymised().Records.Distinct());
        _isErased = true;
        _changedAt = Touch(_changedAt, e.At, FieldGroup.Identity, FieldGroup.Contact, FieldGroup.Consent, FieldGroup.Notes);
        return new AuditEntry(e.At, Id, e.Actor, FieldGroup.Identity, AuditAction.Erase, "Customer", AuditEntry.Redacted, null, AuditOutcome.Allowed, null, Policy.PlayerOf(e.Actor.Role));
    }

    /// <summary>A refused attempt or an audited read: an audit entry, no change of data or of change instants.</summary>
    private AuditEntry On(AccessAudited e)
    {
        Guard.Against.UndefinedEnum(e.FieldGroup, parameterName: "fieldGroup");
        Guard.Against.UndefinedEnum(e.Action, parameterName: "action");
        Guard.Against.UndefinedEnum(e.Outcome, parameterName: "outcome");
        Guard.Against.NullOrWhiteSpace(e.Field, "field");
        Guard.Against.TooLong(e.Field, 64, "field");
        if (e.Action == AuditAction.Register)
        {
            throw new ArgumentException("An audited access cannot be a registration (a refused registration has no customer).", nameof(e));
        }

        if (e.Outcome == AuditOutcome.Denied)
        {
            Guard.Against.NullOrWhiteSpace(e.Reason, "reason");
            Guard.Against.TooLong(e.Reason, 200, "reason");
        }
        else if (e.Action != AuditAction.Read || e.Reason is not null)
        {
            throw new ArgumentException("An allowed audited access is a read without a reason; allowed changes are their own events.", nameof(e));
        }

        RequireClockUnmoved(e);
        return new AuditEntry(e.AttemptedAt, Id, e.Actor, e.FieldGroup, e.Action, e.Field, null, null, e.Outcome, e.Reason, Policy.PlayerOf(e.Actor.Role));
    }

    /// <summary>The audit entry of an allowed change of <paramref name="group"/>, touching its change instant.</summary>
    private AuditEntry Changed(CustomerEvent e, FieldGroup group, string field, string? before, string? after, Instant? at = null)
    {
        var when = at ?? e.At;
        _changedAt = Touch(_changedAt, when, group);
        return new AuditEntry(when, Id, e.Actor, group, AuditAction.Change, field, before, after, AuditOutcome.Allowed, null, Policy.PlayerOf(e.Actor.Role));
    }

    /// <summary>The personal value an identity event sets: required in a normal history, absent in a redacted one.</summary>
    private T? PersonalValue<T>(T? value, FieldGroup group, string paramName)
        where T : class
    {
        RequireMayChangePersonalData(group);
        if (_redacted)
        {
            RequireNoPersonalData(value is null, group);
            return null;
        }

        return value ?? throw new ArgumentNullException(paramName);
    }

    /// <summary>The contact point a contact event targets (null in a redacted history), checked against its kind.</summary>
    private ContactPoint? ContactTarget(ContactPointKind kind, ContactPoint? contactPoint)
    {
        Guard.Against.UndefinedEnum(kind);
        var point = PersonalValue(contactPoint, FieldGroup.Contact, nameof(contactPoint));
        if (point is not null && point.Kind != kind)
        {
            throw new ArgumentException($"The event's kind {kind} does not match its {point.Kind} contact point.", nameof(kind));
        }

        return point;
    }

    private void RequireMayChangePersonalData(FieldGroup group) =>
        ProcessHistory.Require(!_isErased, "customer", "Erased", "Changed " + group, $"customer {Id} is erased; its personal data cannot be set again");

    /// <summary>In a redacted history (or, unless <paramref name="onlyIfRedacted"/>, always), refuses an event that carries personal data.</summary>
    private void RequireNoPersonalData(bool none, FieldGroup group, bool onlyIfRedacted = false)
    {
        if (!none && (_redacted || !onlyIfRedacted))
        {
            throw new IllegalTransitionException("customer", "Redacted", "Changed " + group,
                $"customer {Id}'s history was redacted by an erasure; personal data cannot appear in it");
        }
    }

    /// <summary>Consent and interaction events do not move the clock: their instant must be the previous event's.</summary>
    private void RequireClockUnmoved(CustomerEvent e)
    {
        var last = ProcessHistory.LastAt(_history);
        if (e.At != last)
        {
#pragma warning disable CA2208 // The instant is the event's 'at', as in ProcessHistory.Append.
            throw new ArgumentOutOfRangeException("at", e.At,
                $"Customer {Id}: a {e.GetType().Name} does not move the clock; its instant must be the previous event's ({last}).");
#pragma warning restore CA2208
        }
    }

    private Customer Survivor(CustomerId from, Customer other, string paramName) =>
        from == Id ? this
        : from == other.Id ? other
        : throw new ArgumentException($"{paramName} must be {Id} or {other.Id}; it was {from}.", paramName);

    private static ImmutableArray<Instant> Touch(ImmutableArray<Instant> changedAt, Instant at, params ReadOnlySpan<FieldGroup> groups)
    {
        var builder = changedAt.ToBuilder();
        foreach (var g in groups)
        {
            builder[(int)g] = Instant.Max(builder[(int)g], at);
        }

        return builder.MoveToImmutable();
    }

    private static string? Format(Money? money) =>
        money is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m.Amount} {m.Currency.Code}") : null;
}
