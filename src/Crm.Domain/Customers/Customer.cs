using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// The customer aggregate: identity (name, date of birth), contact points, time zone and channel preferences, consent
/// ledger, interaction timeline, financial data and notes — guarded by the <see cref="DataAccessPolicy"/> it holds,
/// with an audit trail of every change.
/// </summary>
/// <remarks>
/// <para>Every command takes the acting <see cref="Actor"/> and the instant, checks the policy, and returns a
/// <see cref="CustomerUpdate"/>: allowed, a new customer with the change and its audit entry appended; refused, the
/// same instance unchanged and a denied audit entry (see <see cref="CustomerUpdate"/> for why). Bad arguments throw
/// <see cref="ArgumentException"/> before any check. Changing personal data of an erased customer throws
/// <see cref="IllegalTransitionException"/>.</para>
/// <para>Personal data (identity, contact, notes) never appears in <see cref="ToString"/>, in exception messages or in
/// the audit trail. <see cref="Erase"/> anonymises the customer but keeps its id, consent facts, timeline and
/// financial figures, so counts and sums stay right. The id must be an opaque key, not personal data.</para>
/// <para>Immutable and thread-safe. Serialise through <see cref="ToSnapshot"/>; equality is by reference.</para>
/// </remarks>
public sealed partial class Customer
{
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
    private readonly ImmutableArray<CustomerId> _mergedFrom;
    private ImmutableArray<AuditEntry> _auditTrail;
    private ImmutableArray<Instant> _changedAt;

    internal Customer(CustomerId id, DataAccessPolicy policy, string source, Instant createdAt, PersonName? name, LocalDate? dateOfBirth,
        ImmutableArray<ContactPoint> contactPoints, DateTimeZone timeZone, ImmutableArray<Channel> preferredChannels, ConsentLedger consents,
        CustomerTimeline timeline, Money? creditLimit, string? notes, bool isErased, ImmutableArray<CustomerId> mergedFrom,
        ImmutableArray<AuditEntry> auditTrail, ImmutableArray<Instant> changedAt)
    {
        Id = id;
        Policy = policy;
        Source = source;
        CreatedAt = createdAt;
        _name = name;
        _dateOfBirth = dateOfBirth;
        _contactPoints = contactPoints;
        _timeZone = timeZone;
        _preferredChannels = preferredChannels;
        _consents = consents;
        _timeline = timeline;
        _creditLimit = creditLimit;
        _notes = notes;
        _isErased = isErased;
        _mergedFrom = mergedFrom;
        _auditTrail = auditTrail;
        _changedAt = changedAt;
    }

    /// <summary>The customer's id (an opaque key).</summary>
    public CustomerId Id { get; }

    /// <summary>The data-access policy this customer enforces.</summary>
    public DataAccessPolicy Policy { get; }

    /// <summary>The system the record came from (a CRM, a web shop, an import); used for source-priority survivorship.</summary>
    public string Source { get; }

    /// <summary>When the customer was registered.</summary>
    public Instant CreatedAt { get; }

    /// <summary>The name; null once erased. Personal data: reading it through <see cref="Read"/> enforces the policy.</summary>
    public PersonName? Name => _name;

    /// <summary>The date of birth; null if unknown or erased.</summary>
    public LocalDate? DateOfBirth => _dateOfBirth;

    /// <summary>The contact points (empty once erased).</summary>
    public ImmutableArray<ContactPoint> ContactPoints => _contactPoints;

    /// <summary>The customer's own time zone (quiet hours are read in it); UTC if unknown or erased.</summary>
    public DateTimeZone TimeZone => _timeZone;

    /// <summary>The channels the customer prefers, best first; empty if none stated.</summary>
    public ImmutableArray<Channel> PreferredChannels => _preferredChannels;

    /// <summary>The consent history.</summary>
    public ConsentLedger Consents => _consents;

    /// <summary>The interaction timeline.</summary>
    public CustomerTimeline Timeline => _timeline;

    /// <summary>The credit limit; null if none.</summary>
    public Money? CreditLimit => _creditLimit;

    /// <summary>Free-text notes; null if none or erased.</summary>
    public string? Notes => _notes;

    /// <summary>True once the customer was erased (anonymised).</summary>
    public bool IsErased => _isErased;

    /// <summary>The ids of the records merged into this one (empty unless it is a golden record).</summary>
    public ImmutableArray<CustomerId> MergedFrom => _mergedFrom;

    /// <summary>Every allowed change, in order (refusals are returned by the commands, see <see cref="CustomerUpdate"/>).</summary>
    public ImmutableArray<AuditEntry> AuditTrail => _auditTrail;

    /// <summary>The first e-mail contact point that is not failed, if any.</summary>
    public ContactPoint? PrimaryEmail => FirstUsable(ContactPointKind.Email);

    /// <summary>The first phone contact point that is not failed, if any.</summary>
    public ContactPoint? PrimaryPhone => FirstUsable(ContactPointKind.Phone);

    /// <summary>The first postal contact point that is not failed, if any.</summary>
    public ContactPoint? PrimaryAddress => FirstUsable(ContactPointKind.Postal);

    /// <summary>When <paramref name="group"/> last changed (registration counts as a change of every group).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is unknown.</exception>
    public Instant LastChanged(FieldGroup group) => _changedAt[(int)Guard.Against.UnknownEnum(group)];

    /// <summary>Registers a new customer; the actor needs change access to <see cref="FieldGroup.Identity"/>.</summary>
    /// <exception cref="ArgumentException">Default id or actor, null name or policy, blank source.</exception>
    /// <exception cref="AccessDeniedException">The actor may not change identity data (the exception carries the refusal entry).</exception>
    public static Customer Register(CustomerId id, PersonName name, Actor actor, Instant at, DataAccessPolicy policy, string source = "unknown", DateTimeZone? timeZone = null)
    {
        Guard.Against.Uninitialized(id, !id.IsDefault);
        Guard.Against.Null(name);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        Guard.Against.Null(policy);
        Guard.Against.NullOrWhiteSpace(source);
        Guard.Against.OutOfRange(source.Length, nameof(source), 1, 64);
        var reason = policy.RefusalReason(actor, FieldGroup.Identity, AccessLevel.Change);
        if (reason is not null)
        {
            throw new AccessDeniedException(new AuditEntry(at, id, actor, FieldGroup.Identity, AuditAction.Register, "Customer", null, null, AuditOutcome.Denied, reason));
        }

        var entry = new AuditEntry(at, id, actor, FieldGroup.Identity, AuditAction.Register, "Customer", null, AuditEntry.Redacted, AuditOutcome.Allowed, null);
        return new Customer(id, policy, source, at, name, null, [], timeZone ?? DateTimeZone.Utc, [], ConsentLedger.Empty, CustomerTimeline.Empty, null, null,
            false, [], [entry], [.. Enumerable.Repeat(at, DataAccessPolicy.FieldGroups.Length + 1)]);
    }

    /// <summary>Id and counts only: personal data never appears in diagnostic text.</summary>
    public override string ToString() =>
        $"Customer {Id} ({_contactPoints.Length} contact points, {_consents.Records.Length} consent records, {_timeline.Count} interactions{(_isErased ? ", erased" : string.Empty)})";

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
