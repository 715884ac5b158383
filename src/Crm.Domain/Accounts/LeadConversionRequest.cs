using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>
/// What a lead converts into (<see cref="LeadConversion.Convert"/>): the organisation, the person and the opportunity,
/// with the identifiers to use when they are new (the library does not make identifiers up).
/// </summary>
/// <remarks>The constructor checks the required parts; the optional ones (<c>init</c>) are checked by the aggregates
/// they end up in (<see cref="Account.Create"/>, <see cref="Customer.Register"/>), when converting. Immutable and
/// thread-safe.</remarks>
public sealed class LeadConversionRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="accountId">The id of the account if a new one is created (not <c>default</c>).</param>
    /// <param name="legalName">The organisation's legal name (not blank).</param>
    /// <param name="contactId">The id of the contact if a new customer is registered (not <c>default</c>).</param>
    /// <param name="contactName">The person's name.</param>
    /// <param name="opportunityId">The opportunity's id (not blank).</param>
    /// <param name="opportunityName">What is being sold (not blank).</param>
    /// <param name="amount">The expected amount (&gt;= 0, not <c>default</c>).</param>
    /// <param name="expectedClose">The expected close date.</param>
    /// <param name="owner">The owner of a new account and of the opportunity (not blank).</param>
    /// <exception cref="ArgumentException">A value is refused; the message names it.</exception>
    public LeadConversionRequest(AccountId accountId, string legalName, CustomerId contactId, PersonName contactName, string opportunityId,
        string opportunityName, Money amount, LocalDate expectedClose, string owner)
    {
        AccountId = Guard.Against.NullOrDefaultKey(accountId);
        LegalName = Guard.Against.NullOrWhiteSpace(legalName);
        ContactId = Guard.Against.NullOrDefaultKey(contactId);
        ContactName = Guard.Against.Null(contactName);
        OpportunityId = Guard.Against.NullOrWhiteSpace(opportunityId);
        OpportunityName = Guard.Against.NullOrWhiteSpace(opportunityName);
        Amount = Guard.Against.NegativeAmount(amount);
        ExpectedClose = expectedClose;
        Owner = Guard.Against.NullOrWhiteSpace(owner);
    }

    /// <summary>The id of the account if a new one is created.</summary>
    public AccountId AccountId { get; }

    /// <summary>The organisation's legal name.</summary>
    [NotPersonal("an organisation's registered details, not a person's")]
    public string LegalName { get; }

    /// <summary>The id of the contact if a new customer is registered.</summary>
    public CustomerId ContactId { get; }

    /// <summary>The person's name.</summary>
    public PersonName ContactName { get; }

    /// <summary>The opportunity's id.</summary>
    public string OpportunityId { get; }

    /// <summary>What is being sold.</summary>
    [Personal]
    public string OpportunityName { get; }

    /// <summary>The expected amount.</summary>
    public Money Amount { get; }

    /// <summary>The expected close date.</summary>
    public LocalDate ExpectedClose { get; }

    /// <summary>The owner of a new account and of the opportunity.</summary>
    public string Owner { get; }

    /// <summary>The organisation's registry identifiers (used for dedupe and kept on a new account); empty by default.</summary>
    public ImmutableArray<CompanyIdentifier> Identifiers { get; private set; } = [];

    /// <summary>The organisation's web domain or URL; null for none.</summary>
    [NotPersonal("an organisation's registered details, not a person's")]
    public string? WebDomain { get; private set; }

    /// <summary>The organisation's industry; null for none.</summary>
    [NotPersonal("an organisation's registered details, not a person's")]
    public string? Industry { get; private set; }

    /// <summary>The organisation's size band.</summary>
    public SizeBand Size { get; private set; }

    /// <summary>The parent of a new account; null for a root.</summary>
    public AccountId? Parent { get; private set; }

    /// <summary>The person's e-mail (used for dedupe and added to a new contact); null for none.</summary>
    public EmailAddress? ContactEmail { get; private set; }

    /// <summary>The person's phone (used for dedupe); null for none.</summary>
    public PhoneNumber? ContactPhone { get; private set; }

    /// <summary>The person's roles at the account; <see cref="ContactRole.DecisionMaker"/> by default.</summary>
    public ImmutableArray<ContactRole> ContactRoles { get; private set; } = [ContactRole.DecisionMaker];

    /// <summary>The campaign the lead is attributed to (kept on the result); null for none.</summary>
    public string? CampaignId { get; private set; }

    /// <summary>A copy with the new account's details (used when no existing account matches). Null leaves a detail
    /// unset; an undefined size band or a whitespace domain or industry is refused.</summary>
    /// <param name="identifiers">VAT or company numbers; null or empty for none.</param>
    /// <param name="webDomain">The organisation's web domain (used for dedupe); null for none.</param>
    /// <param name="industry">The industry; null for none.</param>
    /// <param name="size">The size band; <see cref="SizeBand"/>'s default for unknown.</param>
    /// <param name="parent">The parent of a new account; null for a root.</param>
    /// <returns>A new request; this one is unchanged.</returns>
    public LeadConversionRequest WithAccountDetails(IEnumerable<CompanyIdentifier>? identifiers = null, string? webDomain = null,
        string? industry = null, SizeBand size = default, AccountId? parent = null)
    {
        var ids = identifiers is null ? [] : identifiers.ToImmutableArray();
        if (webDomain is not null)
        {
            Guard.Against.NullOrWhiteSpace(webDomain);
        }

        if (industry is not null)
        {
            Guard.Against.NullOrWhiteSpace(industry);
        }

        Guard.Against.UndefinedEnum(size, allowDefault: true);
        if (parent is { } p)
        {
            Guard.Against.NullOrDefaultKey(p, nameof(parent));
        }

        var copy = (LeadConversionRequest)MemberwiseClone();
        (copy.Identifiers, copy.WebDomain, copy.Industry, copy.Size, copy.Parent) = (ids, webDomain, industry, size, parent);
        return copy;
    }

    /// <summary>A copy with the person's contact details and roles (used for dedupe and for a new contact).</summary>
    /// <param name="email">The person's e-mail; null for none.</param>
    /// <param name="phone">The person's phone; null for none.</param>
    /// <param name="roles">The person's roles at the account; null keeps the current ones (by default
    /// <see cref="ContactRole.DecisionMaker"/>); an empty list or an undefined role is refused.</param>
    /// <returns>A new request; this one is unchanged.</returns>
    public LeadConversionRequest WithContact(EmailAddress? email = null, PhoneNumber? phone = null, IEnumerable<ContactRole>? roles = null)
    {
        var list = roles is null ? ContactRoles : roles.ToImmutableArray();
        Guard.Against.NullOrEmpty(list.AsEnumerable(), nameof(roles));
        foreach (var role in list)
        {
            Guard.Against.UndefinedEnum(role, parameterName: nameof(roles));
        }

        var copy = (LeadConversionRequest)MemberwiseClone();
        (copy.ContactEmail, copy.ContactPhone, copy.ContactRoles) = (email, phone, list);
        return copy;
    }

    /// <summary>A copy attributed to a campaign (kept on the result).</summary>
    /// <param name="campaignId">The campaign's id; not blank.</param>
    /// <returns>A new request; this one is unchanged.</returns>
    public LeadConversionRequest WithCampaign(string campaignId)
    {
        Guard.Against.NullOrWhiteSpace(campaignId);
        var copy = (LeadConversionRequest)MemberwiseClone();
        copy.CampaignId = campaignId;
        return copy;
    }

    /// <summary>The ids the conversion will use; the person's name and contact details stay out of logs.</summary>
    /// <returns>Text such as <c>LeadConversionRequest account A-1, contact C-1, opportunity O-1</c>.</returns>
    public override string ToString() => $"{nameof(LeadConversionRequest)} account {AccountId}, contact {ContactId}, opportunity {OpportunityId}";
}
