using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Customers;

// This file of the partial class: The commands of the customer aggregate; each checks the data-access policy and, when allowed, appends its event. (The type's one doc comment is on the main file's declaration.)
public sealed partial class Customer
{
    /// <summary>The longest note accepted.</summary>
    public const int MaxNotesLength = 4000;

    /// <summary>Changes the name (<see cref="FieldGroup.Identity"/>).</summary>
    /// <exception cref="ArgumentException">Null name or default actor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate Rename(Actor actor, PersonName name, Instant at)
    {
        Guard.Against.Null(name);
        return Change(actor, FieldGroup.Identity, "Name", at, new CustomerRenamed(at, actor, name));
    }

    /// <summary>Sets or clears the date of birth (<see cref="FieldGroup.Identity"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate SetDateOfBirth(Actor actor, LocalDate? dateOfBirth, Instant at) =>
        Change(actor, FieldGroup.Identity, "DateOfBirth", at, new DateOfBirthSet(at, actor, dateOfBirth));

    /// <summary>Adds a contact point, or replaces the one with the same target (<see cref="FieldGroup.Contact"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contactPoint"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate AddContactPoint(Actor actor, ContactPoint contactPoint, Instant at)
    {
        Guard.Against.Null(contactPoint);
        return Change(actor, FieldGroup.Contact, contactPoint.Kind.ToString(), at, new ContactPointAdded(at, actor, contactPoint.Kind, contactPoint));
    }

    /// <summary>Records a verification result for an existing contact point (<see cref="FieldGroup.Contact"/>).</summary>
    /// <exception cref="ArgumentException">The customer has no contact point with that target.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate Verify(Actor actor, ContactPoint contactPoint, VerificationState state, Instant at)
    {
        Guard.Against.Null(contactPoint);
        Guard.Against.UndefinedEnum(state, allowDefault: true);
        var existing = ExistingTarget(contactPoint);
        return Change(actor, FieldGroup.Contact, contactPoint.Kind + ".Verification", at,
            new ContactPointVerified(at, actor, contactPoint.Kind, contactPoint, existing.Verification, state));
    }

    /// <summary>Removes a contact point (<see cref="FieldGroup.Contact"/>); nothing to remove is still an audited change.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate RemoveContactPoint(Actor actor, ContactPoint contactPoint, Instant at)
    {
        Guard.Against.Null(contactPoint);
        return Change(actor, FieldGroup.Contact, contactPoint.Kind.ToString(), at, new ContactPointRemoved(at, actor, contactPoint.Kind, contactPoint));
    }

    /// <summary>Sets the time zone and the preferred channels, best first (<see cref="FieldGroup.Contact"/>).</summary>
    /// <exception cref="ArgumentException">Null zone or channels, a zone unknown to TZDB, an unknown or repeated channel.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate SetContactPreferences(Actor actor, DateTimeZone timeZone, IEnumerable<Channel> preferredChannels, Instant at)
    {
        Guard.Against.Null(timeZone);
        Guard.Against.Null(preferredChannels);
        var zone = ZoneOf(timeZone.Id, nameof(timeZone));
        var channels = RequireChannels([.. preferredChannels], nameof(preferredChannels));
        return Change(actor, FieldGroup.Contact, "Preferences", at, new ContactPreferencesSet(at, actor, zone.Id, channels));
    }

    /// <summary>
    /// Records a consent grant or withdrawal (<see cref="FieldGroup.Consent"/>); allowed after erasure too. The record
    /// may be dated before the last event: the audit entry and <see cref="LastChanged"/> use its instant, the event the
    /// last event's (see <see cref="CustomerEvent"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The record rests on another basis than consent (use <see cref="RecordLawfulBasis"/>).</exception>
    public CustomerUpdate RecordConsent(Actor actor, ConsentRecord record)
    {
        Guard.Against.Null(record);
        if (record.Basis != LawfulBasis.Consent)
        {
            throw new ArgumentException($"{nameof(record)} rests on {record.Basis}: record it through {nameof(RecordLawfulBasis)}.", nameof(record));
        }

        return Change(actor, FieldGroup.Consent, $"{record.Channel}/{record.Purpose}", record.At, new ConsentRecorded(ProcessHistory.LastAt(_history), actor, record));
    }

    /// <summary>
    /// Records a lawful basis other than consent — granted (<see cref="ConsentRecord.OnBasis"/>) or ended
    /// (<see cref="ConsentRecord.EndBasis"/>) — for a channel and purpose (<see cref="FieldGroup.Consent"/>), appending
    /// a <see cref="LawfulBasisRecorded"/>; the record joins <see cref="Consents"/>, where the latest record per channel
    /// and purpose wins whatever its basis. Dated like <see cref="RecordConsent"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The record rests on consent (use <see cref="RecordConsent"/>).</exception>
    public CustomerUpdate RecordLawfulBasis(Actor actor, ConsentRecord record)
    {
        Guard.Against.Null(record);
        if (record.Basis == LawfulBasis.Consent)
        {
            throw new ArgumentException($"{nameof(record)} rests on consent: record it through {nameof(RecordConsent)}.", nameof(record));
        }

        return Change(actor, FieldGroup.Consent, $"{record.Channel}/{record.Purpose}", record.At, new LawfulBasisRecorded(ProcessHistory.LastAt(_history), actor, record));
    }

    /// <summary>
    /// Restricts processing (Art. 18, <see cref="FieldGroup.Consent"/>): from <paramref name="at"/> the data is kept
    /// but not used for marketing or profiling — the contact policy, audiences, segments and scoring refuse the
    /// customer, naming the ground — until <see cref="LiftRestriction"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined ground, or <paramref name="at"/> before the last event.</exception>
    /// <exception cref="IllegalTransitionException">Processing is already restricted.</exception>
    public CustomerUpdate RestrictProcessing(Actor actor, RestrictionGround ground, Instant at)
    {
        Guard.Against.UndefinedEnum(ground);
        return Change(actor, FieldGroup.Consent, "Restriction", at, new ProcessingRestricted(at, actor, ground));
    }

    /// <summary>Lifts the restriction of processing from <paramref name="at"/> (<see cref="FieldGroup.Consent"/>): processing resumes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">Processing is not restricted.</exception>
    public CustomerUpdate LiftRestriction(Actor actor, Instant at) =>
        Change(actor, FieldGroup.Consent, "Restriction", at, new RestrictionLifted(at, actor));

    /// <summary>
    /// Records an objection to direct marketing (Art. 21(2)–(3), <see cref="FieldGroup.Consent"/>): marketing and
    /// profiling stop at <paramref name="at"/>, whatever the lawful basis, until the customer gives a new marketing
    /// consent dated after it. Objecting again moves the instant.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public CustomerUpdate ObjectToMarketing(Actor actor, Instant at) =>
        Change(actor, FieldGroup.Consent, "MarketingObjection", at, new MarketingObjected(at, actor));

    /// <summary>
    /// Adds an interaction to the timeline (<see cref="FieldGroup.Interactions"/>); allowed after erasure too. The
    /// interaction may be dated before the last event (see <see cref="RecordConsent"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="interaction"/> is null.</exception>
    public CustomerUpdate RecordInteraction(Actor actor, Interaction interaction)
    {
        Guard.Against.Null(interaction);
        return Change(actor, FieldGroup.Interactions, "Timeline", interaction.At, new InteractionRecorded(ProcessHistory.LastAt(_history), actor, interaction));
    }

    /// <summary>Sets or clears the credit limit (<see cref="FieldGroup.Financial"/>); before and after are audited in clear.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative limit, or <paramref name="at"/> before the last event.</exception>
    public CustomerUpdate SetCreditLimit(Actor actor, Money? creditLimit, Instant at)
    {
        RequireCreditLimit(creditLimit);
        return Change(actor, FieldGroup.Financial, "CreditLimit", at, new CreditLimitSet(at, actor, creditLimit));
    }

    /// <summary>Sets or clears the notes (<see cref="FieldGroup.Notes"/>, treated as personal data); blank notes clear them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Notes longer than <see cref="MaxNotesLength"/>, or <paramref name="at"/> before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The customer is erased.</exception>
    public CustomerUpdate SetNotes(Actor actor, string? notes, Instant at)
    {
        RequireNotes(notes);
        return Change(actor, FieldGroup.Notes, "Notes", at, new NotesSet(at, actor, notes));
    }

    /// <summary>
    /// Erases (anonymises) the customer: name, date of birth, contact points, preferences, time zone and notes are
    /// removed; consent records lose their capture source and proof reference (records that become identical are
    /// kept once). The id, the consent facts (channel, purpose, status, instant), the timeline, the credit limit and
    /// the audit trail (which never held personal data) stay, so aggregates that count or sum customers stay right.
    /// Needs change access to identity, contact and notes.
    /// </summary>
    /// <remarks>The one command that rewrites history: the new customer's <see cref="History"/> is every earlier event
    /// in its redacted form followed by <see cref="CustomerErased"/>, so no event keeps the personal data. A host that
    /// stores events must replace the stored history with it (the events since the old version are not enough).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The customer is already erased.</exception>
    public CustomerUpdate Erase(Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        foreach (var group in (ReadOnlySpan<FieldGroup>)[FieldGroup.Identity, FieldGroup.Contact, FieldGroup.Notes])
        {
            var reason = Policy.RefusalReason(actor, group, AccessLevel.Change);
            if (reason is not null)
            {
                return Refused(actor, group, AuditAction.Erase, "Customer", at, reason);
            }
        }

        ProcessHistory.Require(!_isErased, "customer", "Erased", "Erased", $"customer {Id} is already erased");

        // Replaying the redacted history and applying the erasure to it makes "replay equals state" hold by construction.
        var redacted = FromHistory(History.Select(e => e.Redacted()), Policy);
        var next = redacted.Apply(new CustomerErased(at, actor));
        return new CustomerUpdate(next, next._auditTrail.Last);
    }

    /// <summary>
    /// A view of what <paramref name="actor"/> may read: groups its role may not read are empty (null or empty arrays)
    /// and listed as hidden. This read is not recorded, so the groups whose reads the policy audits
    /// (<see cref="DataAccessPolicy.IsReadAudited"/>) are hidden here too: read them through <see cref="ReadAudited"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is <c>default</c>.</exception>
    /// <exception cref="AccessDeniedException">The actor's role is not in the policy (the exception carries the refusal entry).</exception>
    public CustomerView Read(Actor actor, Instant at)
    {
        RequireKnownRole(actor, at);
        return new CustomerView(this, [.. DataAccessPolicy.FieldGroups.Where(g => Policy.CanRead(actor.Role, g) && !Policy.IsReadAudited(g))]);
    }

    /// <summary>
    /// A view of everything <paramref name="actor"/> may read, audited groups included, and the customer with one
    /// allowed <see cref="AccessAudited"/> read event appended per audited group the view shows (the same customer
    /// when it shows none). The host stores the returned customer as after any change.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is <c>default</c>.</exception>
    /// <exception cref="AccessDeniedException">The actor's role is not in the policy (the exception carries the refusal entry).</exception>
    public AuditedRead ReadAudited(Actor actor, Instant at)
    {
        RequireKnownRole(actor, at);
        var readable = DataAccessPolicy.FieldGroups.Where(g => Policy.CanRead(actor.Role, g)).ToImmutableArray();
        var customer = this;
        foreach (var group in readable.Where(Policy.IsReadAudited))
        {
            customer = customer.Apply(new AccessAudited(ProcessHistory.LastAt(customer._history), actor, group, AuditAction.Read, group.ToString(), AuditOutcome.Allowed, null, at));
        }

        return new AuditedRead(customer, new CustomerView(this, readable));
    }

    private void RequireKnownRole(Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        if (!Policy.Knows(actor.Role))
        {
            throw new AccessDeniedException(new AuditEntry(at, Id, actor, FieldGroup.Identity, AuditAction.Read, "Customer", null, null, AuditOutcome.Denied,
                $"role '{actor.Role}' is not defined in the data-access policy", Policy.PlayerOf(actor.Role)));
        }
    }

    /// <summary>
    /// Merges <paramref name="other"/> into this record, which survives as the golden record (used by the Idic room's
    /// merger after its access and survivorship decisions). The result is this record with a <see cref="CustomerMerged"/>
    /// event appended.
    /// </summary>
    internal Customer Absorb(Customer other, Actor actor, Instant at, CustomerId contactFrom, CustomerId financialFrom, CustomerId notesFrom, string reason)
    {
        Guard.Against.Null(other);
        return Apply(new CustomerMerged(at, actor, other.History, contactFrom, financialFrom, notesFrom, reason));
    }

    /// <summary>The policy check shared by the commands: a refusal is returned without an event, an allowance applies <paramref name="e"/>.</summary>
    private CustomerUpdate Change(Actor actor, FieldGroup group, string field, Instant at, CustomerEvent e)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        var reason = Policy.RefusalReason(actor, group, AccessLevel.Change);
        if (reason is not null)
        {
            return Refused(actor, group, AuditAction.Change, field, at, reason);
        }

        var next = Apply(e);
        return new CustomerUpdate(next, next._auditTrail.Last);
    }

    /// <summary>
    /// A refusal kept in the audit trail: the customer with an <see cref="AccessAudited"/> event appended (no data
    /// changes, and the customer's clock does not move: see the event).
    /// </summary>
    private CustomerUpdate Refused(Actor actor, FieldGroup group, AuditAction action, string field, Instant at, string reason)
    {
        var next = Apply(new AccessAudited(ProcessHistory.LastAt(_history), actor, group, action, field, AuditOutcome.Denied, reason, at));
        return new CustomerUpdate(next, next._auditTrail.Last);
    }

    private ContactPoint ExistingTarget(ContactPoint contactPoint) =>
        _contactPoints.FirstOrDefault(p => p.SameTarget(contactPoint))
        ?? throw new ArgumentException($"Customer {Id} has no such {contactPoint.Kind} contact point.", nameof(contactPoint));

    private static ImmutableArray<Channel> RequireChannels(ImmutableArray<Channel> channels, string paramName)
    {
        if (channels.IsDefault)
        {
            throw new ArgumentException($"{paramName} must be present.", paramName);
        }

        foreach (var ch in channels)
        {
            Guard.Against.UndefinedEnum(ch, parameterName: paramName);
        }

        if (channels.Distinct().Count() != channels.Length)
        {
            throw new ArgumentException($"{paramName} must not repeat a channel.", paramName);
        }

        return channels;
    }

    private static void RequireCreditLimit(Money? creditLimit)
    {
        if (creditLimit is { } limit)
        {
            Guard.Against.NegativeAmount(limit, parameterName: nameof(creditLimit));
        }
    }

    private static void RequireNotes(string? notes)
    {
        Guard.Against.TooLong(notes, MaxNotesLength);
    }
}
