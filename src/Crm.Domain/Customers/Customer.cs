using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// The customer aggregate: identity (name, date of birth), contact points, time zone and channel preferences, consent
/// ledger, interaction timeline, financial data and notes — guarded by the <see cref="DataAccessPolicy"/> it holds,
/// with an audit trail of every change, kept as the history of its <see cref="CustomerEvent"/>s.
/// </summary>
/// <remarks>
/// <para>Every command takes the acting <see cref="Actor"/> and the instant, checks the policy, and returns a
/// <see cref="CustomerUpdate"/>: allowed, a new customer with the change, its event appended to <see cref="History"/>
/// and its audit entry to <see cref="AuditTrail"/>; refused, the same instance unchanged (no event) and a denied audit
/// entry (see <see cref="CustomerUpdate"/> for why). Bad arguments throw <see cref="ArgumentException"/> before any
/// check; an instant before the last event's is an <see cref="ArgumentOutOfRangeException"/> on <c>at</c>. Changing
/// personal data of an erased customer throws <see cref="IllegalTransitionException"/>.</para>
/// <para>Storage: <see cref="FromHistory"/> rebuilds the customer (audit trail and change instants included) from its
/// events without re-checking access (they were allowed when they happened) but re-validating every value;
/// <see cref="ToSnapshot"/> and <see cref="FromSnapshot"/> convert to and from a versioned record that carries the
/// history. The policy is configuration, not customer data: both take it as an argument.</para>
/// <para>Personal data (identity, contact, notes) never appears in <see cref="ToString"/>, in exception messages or in
/// the audit trail. <see cref="Erase"/> anonymises the customer but keeps its id, consent facts, timeline and
/// financial figures, so counts and sums stay right. Because events carry personal data, <see cref="Erase"/> is the
/// one command that rewrites history: every earlier event is replaced by its redacted form (names, contact points,
/// time zones, preferences, dates of birth and notes removed, consent records anonymised) before
/// <see cref="CustomerErased"/> is appended, and replaying that redacted history gives exactly the erased customer.
/// <see cref="FromHistory"/> and <see cref="FromSnapshot"/> refuse an erased history that still carries personal
/// data. A host that stores events must replace the stored history after an erasure. Replaying a prefix of a redacted
/// history gives the customer as it was then, without its personal data. The id must be an opaque key, not personal
/// data.</para>
/// <para>Immutable and thread-safe. Serialise through <see cref="ToSnapshot"/>; equality is by reference.</para>
/// </remarks>
public sealed partial class Customer : IProcess<CustomerEvent>, IHasEventLog<CustomerEvent>
{
    private const string RawRead = "Personal data is read through an actor: use Customer.Read(actor, at) or Customer.ReadAudited(actor, at)";

    private Instant _createdAt;
    private PersonName? _name;
    private LocalDate? _dateOfBirth;
    private ImmutableArray<ContactPoint> _contactPoints;
    private DateTimeZone _timeZone;
    private ImmutableArray<Channel> _preferredChannels;
    private ConsentLedger _consents;
    private CustomerTimeline _timeline;
    private Money? _creditLimit;
    private string? _notes;
    private bool _isErased;
    private readonly bool _redacted;
    private ImmutableArray<CustomerId> _mergedFrom;
    private RestrictionGround? _restrictedFor;
    private Instant? _restrictedSince;
    private Instant? _objectedAt;
    private EventLog<AuditEntry> _auditTrail;
    private ImmutableArray<Instant> _changedAt;
    // The history as a persistent append-only log: a command appends in amortised O(1) (see EventLog).
    private EventLog<CustomerEvent> _history;

    /// <summary>The customer as registered by <paramref name="e"/>: validates every value of the creation event.</summary>
    private Customer(CustomerRegistered e, DataAccessPolicy policy)
    {
        Guard.Against.Uninitialized(e.Actor, !e.Actor.IsDefault, "actor");
        Guard.Against.Uninitialized(e.CustomerId, !e.CustomerId.IsDefault, "id");
        Guard.Against.NullOrWhiteSpace(e.Source, "source");
        Guard.Against.TooLong(e.Source, 64, "source");
        Id = e.CustomerId;
        Policy = policy;
        Source = e.Source;
        _createdAt = e.At;
        _name = e.Name;
        _redacted = e.Name is null;
        if (_redacted)
        {
            RequireNoPersonalData(e.TimeZoneId is null, FieldGroup.Contact);
        }

        _timeZone = _redacted ? DateTimeZone.Utc : ZoneOf(e.TimeZoneId, "timeZone");
        _contactPoints = [];
        _preferredChannels = [];
        _consents = ConsentLedger.Empty;
        _timeline = CustomerTimeline.Empty;
        _mergedFrom = [];
        _auditTrail = EventLog<AuditEntry>.Start(new AuditEntry(e.At, Id, e.Actor, FieldGroup.Identity, AuditAction.Register, "Customer", null, AuditEntry.Redacted, AuditOutcome.Allowed, null, policy.PlayerOf(e.Actor.Role)));
        _changedAt = [.. Enumerable.Repeat(e.At, DataAccessPolicy.FieldGroups.Length + 1)];
        _history = EventLog<CustomerEvent>.Start(e);
    }

    /// <summary>The customer's id (an opaque key).</summary>
    public CustomerId Id { get; }

    /// <summary>The data-access policy this customer enforces.</summary>
    public DataAccessPolicy Policy { get; }

    /// <summary>The system the record came from (a CRM, a web shop, an import); used for source-priority survivorship.</summary>
    [NotPersonal("the channel that registered the customer (e.g. crm, web)")]
    public string Source { get; }

    /// <summary>When the customer was registered (for a golden record, the earliest registration of the records merged).</summary>
    public Instant CreatedAt => _createdAt;

    /// <summary>The name; null once erased. Personal data: read it through <see cref="Read"/>, which enforces the policy.</summary>
    [Obsolete(RawRead + " (CustomerView.Name).")]
    public PersonName? Name => _name;

    /// <summary>The date of birth; null if unknown or erased. Personal data: read it through <see cref="Read"/>.</summary>
    [Obsolete(RawRead + " (CustomerView.DateOfBirth).")]
    public LocalDate? DateOfBirth => _dateOfBirth;

    /// <summary>The contact points (empty once erased). Personal data: read them through <see cref="Read"/>.</summary>
    [Obsolete(RawRead + " (CustomerView.ContactPoints).")]
    public ImmutableArray<ContactPoint> ContactPoints => _contactPoints;

    /// <summary>The customer's own time zone (quiet hours are read in it); UTC if unknown or erased. Contact data: read it through <see cref="Read"/>.</summary>
    [Obsolete(RawRead + " (CustomerView.TimeZone).")]
    public DateTimeZone TimeZone => _timeZone;

    /// <summary>The channels the customer prefers, best first; empty if none stated. Contact data: read them through <see cref="Read"/>.</summary>
    [Obsolete(RawRead + " (CustomerView.PreferredChannels).")]
    public ImmutableArray<Channel> PreferredChannels => _preferredChannels;

    // The raw personal data for the library's own processes (contact facts, merging, views): the public accessors
    // above are obsolete because a host must read personal data through an actor (issue 17, item 5).
    internal PersonName? NameHeld => _name;

    internal LocalDate? DateOfBirthHeld => _dateOfBirth;

    internal ImmutableArray<ContactPoint> ContactPointsHeld => _contactPoints;

    internal DateTimeZone TimeZoneHeld => _timeZone;

    internal ImmutableArray<Channel> PreferredChannelsHeld => _preferredChannels;

    internal string? NotesHeld => _notes;

    /// <summary>The consent history.</summary>
    public ConsentLedger Consents => _consents;

    /// <summary>The interaction timeline.</summary>
    public CustomerTimeline Timeline => _timeline;

    /// <summary>The credit limit; null if none.</summary>
    public Money? CreditLimit => _creditLimit;

    /// <summary>Free-text notes; null if none or erased. Personal data: read them through <see cref="Read"/>.</summary>
    [Obsolete(RawRead + " (CustomerView.Notes).")]
    [Personal]
    public string? Notes => _notes;

    /// <summary>Why processing is restricted (Art. 18); null when it is not (see <see cref="RestrictProcessing"/>).</summary>
    public RestrictionGround? RestrictedFor => _restrictedFor;

    /// <summary>Since when processing is restricted; null when it is not.</summary>
    public Instant? RestrictedSince => _restrictedSince;

    /// <summary>When the customer objected to direct marketing (see <see cref="ObjectToMarketing"/>); null if never,
    /// or if a later marketing consent ended the objection.</summary>
    public Instant? MarketingObjectedAt => _objectedAt;

    /// <summary>True once the customer was erased (anonymised).</summary>
    public bool IsErased => _isErased;

    /// <summary>The ids of the records merged into this one (empty unless it is a golden record).</summary>
    public ImmutableArray<CustomerId> MergedFrom => _mergedFrom;

    /// <summary>Every allowed change, in order (refusals are returned by the commands, see <see cref="CustomerUpdate"/>).</summary>
    public ImmutableArray<AuditEntry> AuditTrail => _auditTrail.Events;

    /// <summary>Every allowed change as an event, oldest first; the first is <see cref="CustomerRegistered"/>. Redacted after an erasure.</summary>
    public ImmutableArray<CustomerEvent> History => _history.Events;

    /// <inheritdoc />
    EventLog<CustomerEvent> IHasEventLog<CustomerEvent>.Log => _history;

    /// <summary>The number of events in <see cref="History"/> (1 after registration), for optimistic concurrency.</summary>
    public int Version => _history.Length;

    /// <summary>The first e-mail contact point that is not failed, if any. Personal data: read it through <see cref="Read"/>.</summary>
    [Obsolete(RawRead + " (CustomerView.ContactPoints).")]
    public ContactPoint? PrimaryEmail => FirstUsable(ContactPointKind.Email);

    /// <summary>The first phone contact point that is not failed, if any. Personal data: read it through <see cref="Read"/>.</summary>
    [Obsolete(RawRead + " (CustomerView.ContactPoints).")]
    public ContactPoint? PrimaryPhone => FirstUsable(ContactPointKind.Phone);

    /// <summary>The first postal contact point that is not failed, if any. Personal data: read it through <see cref="Read"/>.</summary>
    [Obsolete(RawRead + " (CustomerView.ContactPoints).")]
    public ContactPoint? PrimaryAddress => FirstUsable(ContactPointKind.Postal);

    /// <summary>When <paramref name="group"/> last changed (registration counts as a change of every group).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is unknown.</exception>
    public Instant LastChanged(FieldGroup group) => _changedAt[(int)Guard.Against.UndefinedEnum(group)];

    /// <summary>Registers a new customer; the actor needs change access to <see cref="FieldGroup.Identity"/>.</summary>
    /// <exception cref="ArgumentException">Default id or actor, null name or policy, blank or too long source, a time zone unknown to TZDB.</exception>
    /// <exception cref="AccessDeniedException">The actor may not change identity data (the exception carries the refusal entry).</exception>
    public static Customer Register(CustomerId id, PersonName name, Actor actor, Instant at, DataAccessPolicy policy, string source = "unknown", DateTimeZone? timeZone = null)
    {
        Guard.Against.Uninitialized(id, !id.IsDefault);
        Guard.Against.Null(name);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        Guard.Against.Null(policy);
        Guard.Against.NullOrWhiteSpace(source);
        Guard.Against.TooLong(source, 64);
        var zone = ZoneOf((timeZone ?? DateTimeZone.Utc).Id, nameof(timeZone));
        var reason = policy.RefusalReason(actor, FieldGroup.Identity, AccessLevel.Change);
        if (reason is not null)
        {
            throw new AccessDeniedException(new AuditEntry(at, id, actor, FieldGroup.Identity, AuditAction.Register, "Customer", null, null, AuditOutcome.Denied, reason, policy.PlayerOf(actor.Role)));
        }

        return new Customer(new CustomerRegistered(at, actor, id, name, source, zone.Id), policy);
    }

    /// <summary>
    /// True when the customer's data may be used for <paramref name="use"/> at <paramref name="at"/>: false while
    /// processing is restricted (since <see cref="RestrictedSince"/>, at or before <paramref name="at"/>) or after an
    /// objection to direct marketing (at or before <paramref name="at"/>), which stops marketing and profiling alike.
    /// Read from the customer's current state: a restriction lifted since is not seen.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="use"/> is undefined.</exception>
    public bool MayProcessFor(ProcessingUse use, Instant at) => ProcessingBlock(use, at) is null;

    /// <summary>Throws unless <see cref="MayProcessFor"/>; the exception names the restriction, not the data.</summary>
    /// <exception cref="ProcessingRestrictedException">Processing is restricted, or the customer objected.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="use"/> is undefined.</exception>
    public void RequireMayProcessFor(ProcessingUse use, Instant at)
    {
        if (ProcessingBlock(use, at) is { } since)
        {
            throw new ProcessingRestrictedException(Id, use, _restrictedSince <= at ? _restrictedFor : null, since);
        }
    }

    /// <summary>Id and counts only: personal data never appears in diagnostic text.</summary>
    public override string ToString() =>
        $"Customer {Id} ({Counted.Of(_contactPoints.Length, "contact point")}, {Counted.Of(_consents.Records.Length, "consent record")}, {Counted.Of(_timeline.Count, "interaction")}{(_isErased ? ", erased" : string.Empty)})";

    /// <summary>The TZDB (or fixed-offset) zone with <paramref name="id"/>: only such zones survive storage.</summary>
    private static DateTimeZone ZoneOf(string? id, string paramName) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id ?? string.Empty)
        ?? throw new ArgumentException($"{paramName} must be a TZDB zone id; the value given (not shown: contact data) is not one.", paramName);

    /// <summary>Since when <paramref name="use"/> is refused at <paramref name="at"/> (restriction first); null when allowed.</summary>
    private Instant? ProcessingBlock(ProcessingUse use, Instant at)
    {
        Guard.Against.UndefinedEnum(use);
        return _restrictedSince <= at ? _restrictedSince : _objectedAt <= at ? _objectedAt : null;
    }

    private ContactPoint? FirstUsable(ContactPointKind kind)
    {
        foreach (var c in _contactPoints)
        {
            if (c.Kind == kind && c.IsUsable)
            {
                return c;
            }
        }

        return null;
    }
}
