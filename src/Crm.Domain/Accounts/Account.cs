using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

#pragma warning disable CA2208 // Messages name the commands' parameter (what the caller passed), not this helper's.

namespace Crm.Domain.Accounts;

/// <summary>
/// An account: an organisation the business sells to (legal name, registry identifiers, web domain, industry, size,
/// address, owner, parent account), with the people who work there linked as contacts with roles.
/// </summary>
/// <remarks>
/// <para>The model: a <see cref="Customer"/> stays a <b>person</b>, and a contact is a <see cref="Customer"/> linked
/// to an account (<see cref="AccountContact"/>), so consent, the data access policy and the audit trail apply to
/// contacts exactly as to any customer. When contacts are linked, exactly one is the primary contact: the first linked
/// becomes primary, <see cref="MakePrimary"/> moves it, and the primary can only be unlinked when it is the last.</para>
/// <para>The hierarchy lives in the parent links; an account refuses itself as parent, and
/// <see cref="AccountHierarchy"/>, which sees every account, refuses cycles and trees deeper than
/// <see cref="AccountHierarchy.MaxDepth"/> and rolls KPIs and pipeline up the tree.</para>
/// <para>Every field can change after creation through its own command and event (<see cref="Rename"/>,
/// <see cref="ChangeIdentifiers"/>, <see cref="ChangeIndustry"/>, <see cref="ChangeSize"/>, <see cref="ChangeAddress"/>,
/// <see cref="ChangeWebDomain"/>, <see cref="AssignOwner"/>, <see cref="MoveUnder"/>); a change to the current value is
/// refused. <see cref="AccountMerger"/> merges a duplicate into a survivor; the duplicate is then closed
/// (<see cref="MergedInto"/>).</para>
/// <para>Storage: <see cref="FromHistory"/> rebuilds an account from its events; <see cref="ToSnapshot"/> and
/// <see cref="FromSnapshot"/> convert to and from <see cref="AccountSnapshot"/>; both refuse what the commands refuse.
/// Immutable and thread-safe: every command returns a new account.</para>
/// </remarks>
public sealed partial class Account : IProcess<AccountEvent>, IHasEventLog<AccountEvent>
{
    /// <summary>The longest legal name, owner, industry or web domain accepted.</summary>
    public const int MaxTextLength = 253;

    private readonly EventLog<AccountEvent> _log;

    private Account(AccountCreated created, string owner, AccountId? parent, ImmutableArray<AccountContact> contacts, CustomerId? primary, EventLog<AccountEvent> log)
    {
        Created = created;
        Owner = owner;
        Parent = parent;
        Contacts = contacts;
        PrimaryContact = primary;
        _log = log;
    }

    /// <summary>The account's identifier.</summary>
    public AccountId Id => Created.Id;

    /// <summary>The registered name.</summary>
    [NotPersonal("an organisation's registered details, not a person's")]
    public string LegalName => Created.LegalName;

    /// <summary>The user who owns the account.</summary>
    public string Owner { get; }

    /// <summary>Registry identifiers (VAT, company numbers); empty for none.</summary>
    public ImmutableArray<CompanyIdentifier> Identifiers => Created.Identifiers;

    /// <summary>The normalised web domain (<c>example.com</c>); null for none.</summary>
    [NotPersonal("an organisation's registered details, not a person's")]
    public string? WebDomain => Created.WebDomain;

    /// <summary>The industry; null for none.</summary>
    [NotPersonal("an organisation's registered details, not a person's")]
    public string? Industry => Created.Industry;

    /// <summary>The size band.</summary>
    public SizeBand Size => Created.Size;

    /// <summary>The registered address; null for none.</summary>
    public PostalAddress? Address => Created.Address;

    /// <summary>The parent account; null for a root.</summary>
    public AccountId? Parent { get; }

    /// <summary>The linked contacts, ordered by customer identifier (ordinal); empty for none.</summary>
    public ImmutableArray<AccountContact> Contacts { get; }

    /// <summary>The primary contact: null exactly when <see cref="Contacts"/> is empty.</summary>
    public CustomerId? PrimaryContact { get; }

    /// <summary>When the account was created.</summary>
    public Instant CreatedAt => Created.At;

    /// <inheritdoc />
    public ImmutableArray<AccountEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<AccountEvent> IHasEventLog<AccountEvent>.Log => _log;

    /// <summary>The number of events in <see cref="History"/> (1 after creation), for optimistic concurrency.</summary>
    public int Version => _log.Length;

    private AccountCreated Created { get; }

    private string Process => $"Account {Id}";

    /// <summary>Creates an account.</summary>
    /// <param name="id">The identifier (not <c>default</c>).</param>
    /// <param name="legalName">The registered name (not blank, at most <see cref="MaxTextLength"/> characters; white space collapsed).</param>
    /// <param name="owner">The owning user (not blank, at most <see cref="MaxTextLength"/> characters).</param>
    /// <param name="at">When it was created.</param>
    /// <param name="identifiers">Registry identifiers (duplicates dropped); null for none.</param>
    /// <param name="webDomain">A web domain or URL (<c>https://www.Example.com/about</c> is kept as <c>example.com</c>); null for none.</param>
    /// <param name="industry">The industry (at most <see cref="MaxTextLength"/> characters); null for none.</param>
    /// <param name="size">The size band.</param>
    /// <param name="address">The registered address; null for none.</param>
    /// <param name="parent">The parent account; null for a root.</param>
    /// <exception cref="ArgumentException">A value above is refused; the message names it.</exception>
    public static Account Create(AccountId id, string legalName, string owner, Instant at, IEnumerable<CompanyIdentifier>? identifiers = null,
        string? webDomain = null, string? industry = null, SizeBand size = SizeBand.Unknown, PostalAddress? address = null, AccountId? parent = null)
    {
        Guard.Against.NullOrWhiteSpace(legalName);
        Guard.Against.InvalidUnicode(legalName);
        return Start(new AccountCreated(at, id, TextNormalization.CollapseWhiteSpace(legalName), owner,
            [.. (identifiers ?? []).Distinct()], webDomain is null ? null : WebDomains.Normalise(webDomain),
            industry is null ? null : TextNormalization.CollapseWhiteSpace(industry), size, address, parent));
    }

    /// <summary>Rebuilds an account from its events, oldest first; the result equals the account that produced them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The history could not have happened (see <see cref="ProcessHistory"/>'s rules:
    /// empty, not starting with the creation, a refused value, an instant going backwards); the message names the event.</exception>
    public static Account FromHistory(IEnumerable<AccountEvent> history) =>
        ProcessHistory.Replay(history,
            e => e is AccountCreated created ? Start(created) : throw new ArgumentException($"the first event must be an AccountCreated; it was a {e.GetType().Name}.", nameof(history)),
            (account, e) => account.Apply(e));

    /// <summary>Rebuilds an account from a snapshot, after checking that its fields are the state its history replays to.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not 1.</exception>
    /// <exception cref="ArgumentException">The history is missing or could not have happened, or a field disagrees with it.</exception>
    public static Account FromSnapshot(AccountSnapshot snapshot)
    {
        var account = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), FromHistory);
        const string type = nameof(AccountSnapshot);
        ProcessHistory.RequireConsistent(snapshot.Id == account.Id, type, "id");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.LegalName, account.LegalName, StringComparison.Ordinal), type, "legalName");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Owner, account.Owner, StringComparison.Ordinal), type, "owner");
        ProcessHistory.RequireConsistent(snapshot.Parent == account.Parent, type, "parent");
        ProcessHistory.RequireConsistent(snapshot.PrimaryContact == account.PrimaryContact, type, "primaryContact");
        ProcessHistory.RequireConsistent(snapshot.CreatedAt == account.CreatedAt, type, "createdAt");
        return account;
    }

    /// <summary>The account as a serialisable snapshot (schema version 1).</summary>
    public AccountSnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Id, LegalName, Owner, Parent, PrimaryContact, CreatedAt, History);

    /// <summary>The linked contact <paramref name="contact"/>; null when not linked.</summary>
    public AccountContact? ContactOf(CustomerId contact)
    {
        var i = IndexOf(contact);
        return i >= 0 ? Contacts[i] : null;
    }

    /// <summary>The linked contacts who play <paramref name="role"/>, in <see cref="Contacts"/> order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is undefined or unknown.</exception>
    public IEnumerable<AccountContact> ContactsWith(ContactRole role)
    {
        Guard.Against.UndefinedEnum(role);
        return Contacts.Where(c => c.Has(role));
    }

    /// <summary>The account with a new owner (appends an <see cref="AccountOwnerChanged"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is blank or too long, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException"><paramref name="owner"/> already owns the account.</exception>
    public Account AssignOwner(string owner, Instant at) => Apply(new AccountOwnerChanged(at, owner));

    /// <summary>The account under <paramref name="parent"/>, or a root for null (appends an <see cref="AccountParentChanged"/>).
    /// Check the move with <see cref="AccountHierarchy.CanMove"/> first: only the hierarchy sees cycles.</summary>
    /// <exception cref="ArgumentException"><paramref name="parent"/> is the account itself or <c>default</c>, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The parent is unchanged.</exception>
    public Account MoveUnder(AccountId? parent, Instant at) => Apply(new AccountParentChanged(at, parent));

    /// <summary>Links <paramref name="contact"/> with <paramref name="roles"/>, or replaces a linked contact's roles
    /// (appends an <see cref="AccountContactLinked"/>). The first contact becomes primary.</summary>
    /// <exception cref="ArgumentException">The contact is <c>default</c>, the roles are empty or hold an undefined or
    /// unknown role, or <paramref name="at"/> is before the last event.</exception>
    public Account LinkContact(CustomerId contact, IEnumerable<ContactRole> roles, Instant at)
    {
        Guard.Against.Null(roles);
        return Apply(new AccountContactLinked(at, contact, [.. roles.Distinct().Order()]));
    }

    /// <summary>Unlinks <paramref name="contact"/> (appends an <see cref="AccountContactUnlinked"/>).</summary>
    /// <exception cref="IllegalTransitionException">The contact is not linked, or is the primary while other contacts remain.</exception>
    public Account UnlinkContact(CustomerId contact, Instant at) => Apply(new AccountContactUnlinked(at, contact));

    /// <summary>Makes the linked <paramref name="contact"/> the primary contact (appends an <see cref="AccountPrimaryContactChanged"/>).</summary>
    /// <exception cref="IllegalTransitionException">The contact is not linked or already primary.</exception>
    public Account MakePrimary(CustomerId contact, Instant at) => Apply(new AccountPrimaryContactChanged(at, contact));

    /// <inheritdoc />
    public override string ToString() => $"Account {Id} ({LegalName})";

    private static Account Start(AccountCreated e)
    {
        Guard.Against.NullOrDefaultKey(e.Id, "id");
        RequireText(e.LegalName, "legalName");
        RequireText(e.Owner, "owner");
        RequireIdentifiers(e.Identifiers);
        RequireWebDomain(e.WebDomain);
        if (e.Industry is not null)
        {
            RequireText(e.Industry, "industry");
        }

        Guard.Against.UndefinedEnum(e.Size, allowDefault: true, parameterName: "size");
        RequireParent(e.Id, e.Parent);
        return new Account(e, e.Owner, e.Parent, [], null, EventLog<AccountEvent>.Start(e));
    }

    private Account Apply(AccountEvent e) => e switch
    {
        AccountOwnerChanged owner => Apply(owner),
        AccountParentChanged parent => Apply(parent),
        AccountContactLinked linked => Apply(linked),
        AccountContactUnlinked unlinked => Apply(unlinked),
        AccountPrimaryContactChanged primary => Apply(primary),
        AccountCreated => throw new ArgumentException($"{Process} already exists: a history has one AccountCreated, its first event.", nameof(e)),
        _ => ApplyProfile(e),
    };

    private Account Apply(AccountOwnerChanged e)
    {
        RequireText(e.Owner, "owner");
        ProcessHistory.Require(!string.Equals(e.Owner, Owner, StringComparison.Ordinal), Process, $"owner {Owner}", $"owner {e.Owner}", "it already owns the account");
        return new Account(Created, e.Owner, Parent, Contacts, PrimaryContact, Append(e));
    }

    private Account Apply(AccountParentChanged e)
    {
        RequireParent(Id, e.Parent);
        ProcessHistory.Require(e.Parent != Parent, Process, $"parent {Parent?.ToString() ?? "none"}", $"parent {e.Parent?.ToString() ?? "none"}", "the parent is unchanged");
        return new Account(Created, Owner, e.Parent, Contacts, PrimaryContact, Append(e));
    }

    private Account Apply(AccountContactLinked e)
    {
        Guard.Against.NullOrDefaultKey(e.Contact, "contact");
        Guard.Against.DefaultArray(e.Roles, "roles");
        if (e.Roles.IsEmpty)
        {
            throw new ArgumentException("roles must hold at least one role.", "roles");
        }

        for (var i = 0; i < e.Roles.Length; i++)
        {
            Guard.Against.UndefinedEnum(e.Roles[i], parameterName: "roles");
            if (i > 0 && e.Roles[i] <= e.Roles[i - 1])
            {
                throw new ArgumentException($"roles must be distinct and ascending; {e.Roles[i]} came after {e.Roles[i - 1]}.", "roles");
            }
        }

        var row = new AccountContact(e.Contact, e.Roles);
        var i0 = IndexOf(e.Contact);
        var contacts = i0 >= 0 ? Contacts.SetItem(i0, row) : Contacts.Insert(~i0, row);
        return new Account(Created, Owner, Parent, contacts, PrimaryContact ?? e.Contact, Append(e));
    }

    private Account Apply(AccountContactUnlinked e)
    {
        var i = IndexOf(e.Contact);
        ProcessHistory.Require(i >= 0, Process, "contacts", $"unlink {e.Contact}", "the contact is not linked");
        ProcessHistory.Require(e.Contact != PrimaryContact || Contacts.Length == 1, Process, $"primary {PrimaryContact}", $"unlink {e.Contact}",
            "the primary contact can only be unlinked last; make another contact primary first");
        var contacts = Contacts.RemoveAt(i);
        return new Account(Created, Owner, Parent, contacts, contacts.IsEmpty ? null : PrimaryContact, Append(e));
    }

    private Account Apply(AccountPrimaryContactChanged e)
    {
        ProcessHistory.Require(IndexOf(e.Contact) >= 0, Process, "contacts", $"primary {e.Contact}", "the contact is not linked");
        ProcessHistory.Require(e.Contact != PrimaryContact, Process, $"primary {PrimaryContact}", $"primary {e.Contact}", "it is already the primary contact");
        return new Account(Created, Owner, Parent, Contacts, e.Contact, Append(e));
    }

    // Every event passes here, so a merged (closed) account refuses them all.
    private EventLog<AccountEvent> Append(AccountEvent e) => MergedInto is { } survivor
        ? throw new IllegalTransitionException(Process, $"merged into {survivor}", e.GetType().Name, "a merged account is closed")
        : ProcessHistory.Append(_log, e, Process);

    // Binary search over the contacts, ordered by customer id: the index, or the complement of the insertion point.
    private int IndexOf(CustomerId contact)
    {
        int lo = 0, hi = Contacts.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Contacts[mid].Contact.CompareTo(contact);
            if (c == 0)
            {
                return mid;
            }

            (lo, hi) = c < 0 ? (mid + 1, hi) : (lo, mid - 1);
        }

        return ~lo;
    }

    private static void RequireText(string? text, string name)
    {
        Guard.Against.NullOrWhiteSpace(text, name);
        Guard.Against.TooLong(text, MaxTextLength, name);
    }

    private static void RequireParent(AccountId id, AccountId? parent)
    {
        if (parent is { } p)
        {
            Guard.Against.NullOrDefaultKey(p, nameof(parent));
            if (p == id)
            {
                throw new ArgumentException($"parent must not be the account itself ({id}).", nameof(parent));
            }
        }
    }
}
