using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

#pragma warning disable CA2208 // Messages name the commands' parameter (what the caller passed), not this helper's.

namespace Crm.Domain.Accounts;

// The account's profile after creation (name, identifiers, industry, size, address, domain) and the merge of a
// duplicate. The profile lives in the private 'Created' record, copied with 'with' on every change: Id and At never
// change, so the creation event stays the source of both, and the constructor keeps its shape.
// A change to the current value is refused (IllegalTransitionException), as AssignOwner and MoveUnder refuse theirs:
// a history holds only real changes, so its length counts them and a retried command is not recorded twice.
public sealed partial class Account
{
    /// <summary>The account this one was merged into (<see cref="AccountMergedInto"/>); null while the account is
    /// open. A merged account is closed: every command is refused.</summary>
    public AccountId? MergedInto { get; private init; }

    /// <summary>The account with a new registered name (appends an <see cref="AccountLegalNameChanged"/>).</summary>
    /// <param name="legalName">Not blank, well-formed Unicode, at most <see cref="MaxTextLength"/> characters; white space collapsed.</param>
    /// <param name="at">When; not before the last event.</param>
    /// <exception cref="ArgumentException">A value above is refused; the message names it.</exception>
    /// <exception cref="IllegalTransitionException">The name is the current one, or the account is closed.</exception>
    public Account Rename(string legalName, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(legalName);
        Guard.Against.InvalidUnicode(legalName);
        return Apply(new AccountLegalNameChanged(at, TextNormalization.CollapseWhiteSpace(legalName)));
    }

    /// <summary>The account with its registry identifiers replaced by <paramref name="identifiers"/> (duplicates
    /// dropped; appends an <see cref="AccountIdentifiersChanged"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="identifiers"/> is null or holds a <c>default</c> identifier, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The set (in order) is the current one, or the account is closed.</exception>
    public Account ChangeIdentifiers(IEnumerable<CompanyIdentifier> identifiers, Instant at)
    {
        Guard.Against.Null(identifiers);
        return Apply(new AccountIdentifiersChanged(at, [.. identifiers.Distinct()]));
    }

    /// <summary>The account with a new industry, or none for null (appends an <see cref="AccountIndustryChanged"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="industry"/> is blank or longer than <see cref="MaxTextLength"/>, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The industry is the current one, or the account is closed.</exception>
    public Account ChangeIndustry(string? industry, Instant at) =>
        Apply(new AccountIndustryChanged(at, industry is null ? null : TextNormalization.CollapseWhiteSpace(industry)));

    /// <summary>The account in another size band (appends an <see cref="AccountSizeChanged"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="size"/> is undefined, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The band is the current one, or the account is closed.</exception>
    public Account ChangeSize(SizeBand size, Instant at) => Apply(new AccountSizeChanged(at, size));

    /// <summary>The account with a new registered address, or none for null (appends an <see cref="AccountAddressChanged"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The address is the current one, or the account is closed.</exception>
    public Account ChangeAddress(PostalAddress? address, Instant at) => Apply(new AccountAddressChanged(at, address));

    /// <summary>The account with a new web domain, or none for null (appends an <see cref="AccountWebDomainChanged"/>).</summary>
    /// <param name="webDomain">A domain or URL, normalised as by <see cref="Create"/>; null for none.</param>
    /// <param name="at">When; not before the last event.</param>
    /// <exception cref="ArgumentException"><paramref name="webDomain"/> is not a domain, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The domain is the current one, or the account is closed.</exception>
    public Account ChangeWebDomain(string? webDomain, Instant at) =>
        Apply(new AccountWebDomainChanged(at, webDomain is null ? null : WebDomains.Normalise(webDomain)));

    /// <summary>This account, the survivor, after absorbing <paramref name="duplicate"/> (see <see cref="AccountMerged"/>).</summary>
    internal Account Absorb(Account duplicate, Instant at) => Apply(new AccountMerged(at, duplicate.History));

    /// <summary>This account, the duplicate, closed as merged into <paramref name="survivor"/>.</summary>
    internal Account CloseAsMergedInto(AccountId survivor, Instant at) => Apply(new AccountMergedInto(at, survivor));

    private static void RequireIdentifiers(ImmutableArray<CompanyIdentifier> identifiers)
    {
        Guard.Against.DefaultArray(identifiers);
        for (var i = 0; i < identifiers.Length; i++)
        {
            Guard.Against.Uninitialized(identifiers[i], identifiers[i].Kind != CompanyIdentifierKind.Unknown, nameof(identifiers));
            if (identifiers.IndexOf(identifiers[i]) != i)
            {
                throw new ArgumentException($"identifiers must be distinct; {identifiers[i]} is given twice.", nameof(identifiers));
            }
        }
    }

    private static void RequireWebDomain(string? webDomain)
    {
        if (webDomain is not null && !string.Equals(WebDomains.Normalise(webDomain), webDomain, StringComparison.Ordinal))
        {
            throw new ArgumentException($"webDomain must be normalised (lower case, no scheme, 'www.' or path); it was '{webDomain}'.", nameof(webDomain));
        }
    }

    private Account ApplyProfile(AccountEvent e) => e switch
    {
        AccountLegalNameChanged name => Apply(name),
        AccountIdentifiersChanged ids => Apply(ids),
        AccountIndustryChanged industry => Apply(industry),
        AccountSizeChanged size => Apply(size),
        AccountAddressChanged address => Apply(address),
        AccountWebDomainChanged domain => Apply(domain),
        AccountMerged merged => Apply(merged),
        AccountMergedInto into => Apply(into),
        _ => throw new ArgumentException($"{e.GetType().Name} is not an event of an account.", nameof(e)),
    };

    private Account Apply(AccountLegalNameChanged e)
    {
        RequireText(e.LegalName, "legalName");
        return WithProfile(!string.Equals(e.LegalName, LegalName, StringComparison.Ordinal), "legalName", Created with { LegalName = e.LegalName }, e);
    }

    private Account Apply(AccountIdentifiersChanged e)
    {
        RequireIdentifiers(e.Identifiers);
        return WithProfile(!e.Identifiers.AsSpan().SequenceEqual(Identifiers.AsSpan()), "identifiers", Created with { Identifiers = e.Identifiers }, e);
    }

    private Account Apply(AccountIndustryChanged e)
    {
        if (e.Industry is not null)
        {
            RequireText(e.Industry, "industry");
        }

        return WithProfile(!string.Equals(e.Industry, Industry, StringComparison.Ordinal), "industry", Created with { Industry = e.Industry }, e);
    }

    private Account Apply(AccountSizeChanged e)
    {
        Guard.Against.UndefinedEnum(e.Size, allowDefault: true, parameterName: "size");
        return WithProfile(e.Size != Size, "size", Created with { Size = e.Size }, e);
    }

    private Account Apply(AccountAddressChanged e) => WithProfile(!Equals(e.Address, Address), "address", Created with { Address = e.Address }, e);

    private Account Apply(AccountWebDomainChanged e)
    {
        RequireWebDomain(e.WebDomain);
        return WithProfile(!string.Equals(e.WebDomain, WebDomain, StringComparison.Ordinal), "webDomain", Created with { WebDomain = e.WebDomain }, e);
    }

    private Account WithProfile(bool changed, string field, AccountCreated profile, AccountEvent e)
    {
        ProcessHistory.Require(changed, Process, $"{field} unchanged", $"{field} changed", $"the {field} given is the current one");
        return new Account(profile, Owner, Parent, Contacts, PrimaryContact, Append(e));
    }

    private Account Apply(AccountMerged e)
    {
        Guard.Against.DefaultArray(e.Absorbed, "absorbed");
        var duplicate = FromHistory(e.Absorbed);
        if (duplicate.Id == Id || duplicate.History[^1].At > e.At)
        {
            throw new ArgumentException($"absorbed must be the history of another account, up to the merge; it is {duplicate.Id}'s up to {duplicate.History[^1].At}.", "absorbed");
        }

        ProcessHistory.Require(duplicate.MergedInto is null, Process, $"{duplicate.Id} merged into {duplicate.MergedInto}", "merged", "the duplicate is closed already");
        ProcessHistory.Require(Parent != duplicate.Id, Process, $"parent {Parent}", "merged", "the survivor must leave the duplicate's subtree first");
        // Contacts united (roles united for a person on both), identifiers kept: the survivor's first.
        ImmutableArray<AccountContact> contacts = [.. Contacts.Concat(duplicate.Contacts).GroupBy(c => c.Contact)
            .Select(g => new AccountContact(g.Key, [.. g.SelectMany(c => c.Roles).Distinct().Order()])).OrderBy(c => c.Contact)];
        var profile = Created with { Identifiers = Identifiers.AddRange(duplicate.Identifiers.Where(i => !Identifiers.Contains(i))) };
        return new Account(profile, Owner, Parent, contacts, PrimaryContact ?? duplicate.PrimaryContact, Append(e));
    }

    private Account Apply(AccountMergedInto e)
    {
        Guard.Against.NullOrDefaultKey(e.Survivor, "survivor");
        if (e.Survivor == Id)
        {
            throw new ArgumentException($"survivor must be another account than {Id}.", "survivor");
        }

        return new Account(Created, Owner, Parent, Contacts, PrimaryContact, Append(e)) { MergedInto = e.Survivor };
    }
}
