using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The commands of the customer aggregate; each checks the data-access policy and is audited.</summary>
public sealed partial class Customer
{
    /// <summary>The longest note accepted.</summary>
    public const int MaxNotesLength = 4000;

    /// <summary>Changes the name (<see cref="FieldGroup.Identity"/>).</summary>
    /// <exception cref="ArgumentException">Null name or default actor.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate Rename(Actor actor, PersonName name, Instant at)
    {
        Guard.Against.Null(name);
        return Change(actor, FieldGroup.Identity, "Name", at, AuditEntry.Redacted, AuditEntry.Redacted, c => c._name = name);
    }

    /// <summary>Sets or clears the date of birth (<see cref="FieldGroup.Identity"/>).</summary>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate SetDateOfBirth(Actor actor, LocalDate? dateOfBirth, Instant at) =>
        Change(actor, FieldGroup.Identity, "DateOfBirth", at, AuditEntry.Redacted, AuditEntry.Redacted, c => c._dateOfBirth = dateOfBirth);

    /// <summary>Adds a contact point, or replaces the one with the same target (<see cref="FieldGroup.Contact"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contactPoint"/> is null.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate AddContactPoint(Actor actor, ContactPoint contactPoint, Instant at)
    {
        Guard.Against.Null(contactPoint);
        return Change(actor, FieldGroup.Contact, contactPoint.Kind.ToString(), at, AuditEntry.Redacted, AuditEntry.Redacted,
            c => c._contactPoints = [.. c._contactPoints.Where(p => !p.SameTarget(contactPoint)), contactPoint]);
    }

    /// <summary>Records a verification result for an existing contact point (<see cref="FieldGroup.Contact"/>).</summary>
    /// <exception cref="ArgumentException">The customer has no contact point with that target.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate Verify(Actor actor, ContactPoint contactPoint, VerificationState state, Instant at)
    {
        Guard.Against.Null(contactPoint);
        Guard.Against.EnumOutOfRange(state);
        var existing = _contactPoints.FirstOrDefault(p => p.SameTarget(contactPoint))
            ?? throw new ArgumentException($"Customer {Id} has no such {contactPoint.Kind} contact point.", nameof(contactPoint));
        return Change(actor, FieldGroup.Contact, contactPoint.Kind + ".Verification", at, existing.Verification.ToString(), state.ToString(),
            c => c._contactPoints = c._contactPoints.Replace(existing, existing.WithVerification(state, at)));
    }

    /// <summary>Removes a contact point (<see cref="FieldGroup.Contact"/>); nothing to remove is still an audited change.</summary>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate RemoveContactPoint(Actor actor, ContactPoint contactPoint, Instant at)
    {
        Guard.Against.Null(contactPoint);
        return Change(actor, FieldGroup.Contact, contactPoint.Kind.ToString(), at, AuditEntry.Redacted, null,
            c => c._contactPoints = [.. c._contactPoints.Where(p => !p.SameTarget(contactPoint))]);
    }

    /// <summary>Sets the time zone and the preferred channels, best first (<see cref="FieldGroup.Contact"/>).</summary>
    /// <exception cref="ArgumentException">Null zone or channels, an unknown or repeated channel.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate SetContactPreferences(Actor actor, DateTimeZone timeZone, IEnumerable<Channel> preferredChannels, Instant at)
    {
        Guard.Against.Null(timeZone);
        Guard.Against.Null(preferredChannels);
        ImmutableArray<Channel> channels = [.. preferredChannels];
        foreach (var ch in channels)
        {
            Guard.Against.UnknownEnum(ch, nameof(preferredChannels));
        }

        if (channels.Distinct().Count() != channels.Length)
        {
            throw new ArgumentException("preferredChannels must not repeat a channel.", nameof(preferredChannels));
        }

        return Change(actor, FieldGroup.Contact, "Preferences", at, AuditEntry.Redacted, AuditEntry.Redacted, c =>
        {
            c._timeZone = timeZone;
            c._preferredChannels = channels;
        });
    }

    /// <summary>Records a consent grant or withdrawal (<see cref="FieldGroup.Consent"/>); allowed after erasure too.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public CustomerUpdate RecordConsent(Actor actor, ConsentRecord record)
    {
        Guard.Against.Null(record);
        var before = _consents.StatusOf(record.Channel, record.Purpose, record.At);
        return Change(actor, FieldGroup.Consent, $"{record.Channel}/{record.Purpose}", record.At, before.ToString(), record.Status.ToString(),
            c => c._consents = c._consents.Add(record));
    }

    /// <summary>Adds an interaction to the timeline (<see cref="FieldGroup.Interactions"/>); allowed after erasure too.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="interaction"/> is null.</exception>
    public CustomerUpdate RecordInteraction(Actor actor, Interaction interaction)
    {
        Guard.Against.Null(interaction);
        return Change(actor, FieldGroup.Interactions, "Timeline", interaction.At, null, $"{interaction.Direction} {interaction.Kind} via {interaction.Channel}",
            c => c._timeline = c._timeline.Add(interaction));
    }

    /// <summary>Sets or clears the credit limit (<see cref="FieldGroup.Financial"/>); before and after are audited in clear.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative limit.</exception>
    public CustomerUpdate SetCreditLimit(Actor actor, Money? creditLimit, Instant at)
    {
        if (creditLimit is { } limit && limit.Amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(creditLimit), limit.Amount, $"{nameof(creditLimit)} must be >= 0; it was {limit}.");
        }

        return Change(actor, FieldGroup.Financial, "CreditLimit", at, Format(_creditLimit), Format(creditLimit), c => c._creditLimit = creditLimit);
    }

    /// <summary>Sets or clears the notes (<see cref="FieldGroup.Notes"/>, treated as personal data).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Notes longer than <see cref="MaxNotesLength"/>.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate SetNotes(Actor actor, string? notes, Instant at)
    {
        if (notes is not null)
        {
            Guard.Against.OutOfRange(notes.Length, nameof(notes), 0, MaxNotesLength);
        }

        return Change(actor, FieldGroup.Notes, "Notes", at, AuditEntry.Redacted, AuditEntry.Redacted, c => c._notes = string.IsNullOrWhiteSpace(notes) ? null : notes);
    }

    /// <summary>
    /// Erases (anonymises) the customer: name, date of birth, contact points, preferences, time zone and notes are
    /// removed; consent records lose their capture source and proof reference. The id, the consent facts (channel,
    /// purpose, status, instant), the timeline, the credit limit and the audit trail (which never held personal data)
    /// stay, so aggregates that count or sum customers stay right. Needs change access to identity, contact and notes.
    /// </summary>
    /// <exception cref="IllegalTransitionException">The customer is already erased.</exception>
    public CustomerUpdate Erase(Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        foreach (var group in (ReadOnlySpan<FieldGroup>)[FieldGroup.Identity, FieldGroup.Contact, FieldGroup.Notes])
        {
            var reason = Policy.RefusalReason(actor, group, AccessLevel.Change);
            if (reason is not null)
            {
                return new CustomerUpdate(this, new AuditEntry(at, Id, actor, group, AuditAction.Erase, "Customer", null, null, AuditOutcome.Denied, reason));
            }
        }

        if (_isErased)
        {
            throw new IllegalTransitionException("customer", "Erased", "Erased", $"customer {Id} is already erased");
        }

        var entry = new AuditEntry(at, Id, actor, FieldGroup.Identity, AuditAction.Erase, "Customer", AuditEntry.Redacted, null, AuditOutcome.Allowed, null);
        var next = (Customer)MemberwiseClone();
        next._name = null;
        next._dateOfBirth = null;
        next._contactPoints = [];
        next._timeZone = DateTimeZone.Utc;
        next._preferredChannels = [];
        next._notes = null;
        next._consents = _consents.Anonymised();
        next._isErased = true;
        next._auditTrail = _auditTrail.Add(entry);
        next._changedAt = Touch(_changedAt, at, FieldGroup.Identity, FieldGroup.Contact, FieldGroup.Consent, FieldGroup.Notes);
        return new CustomerUpdate(next, entry);
    }

    /// <summary>
    /// A view of what <paramref name="actor"/> may read: groups its role may not read are empty (null or empty arrays)
    /// and listed as hidden. Reads are not audited.
    /// </summary>
    /// <exception cref="AccessDeniedException">The actor's role is not in the policy (the exception carries the refusal entry).</exception>
    public CustomerView Read(Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        if (!Policy.Knows(actor.Role))
        {
            throw new AccessDeniedException(new AuditEntry(at, Id, actor, FieldGroup.Identity, AuditAction.Read, "Customer", null, null, AuditOutcome.Denied,
                $"role '{actor.Role}' is not defined in the data-access policy"));
        }

        return new CustomerView(this, [.. DataAccessPolicy.FieldGroups.Where(g => Policy.CanRead(actor.Role, g))]);
    }

    private CustomerUpdate Change(Actor actor, FieldGroup group, string field, Instant at, string? before, string? after, Action<Customer> apply)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        var reason = Policy.RefusalReason(actor, group, AccessLevel.Change);
        if (reason is not null)
        {
            return new CustomerUpdate(this, new AuditEntry(at, Id, actor, group, AuditAction.Change, field, null, null, AuditOutcome.Denied, reason));
        }

        if (_isErased && group is FieldGroup.Identity or FieldGroup.Contact or FieldGroup.Notes)
        {
            throw new IllegalTransitionException("customer", "Erased", "Changed " + group, $"customer {Id} is erased; its personal data cannot be set again");
        }

        var entry = new AuditEntry(at, Id, actor, group, AuditAction.Change, field, before, after, AuditOutcome.Allowed, null);
        var next = (Customer)MemberwiseClone();
        apply(next);
        next._auditTrail = _auditTrail.Add(entry);
        next._changedAt = Touch(_changedAt, at, group);
        return new CustomerUpdate(next, entry);
    }

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
