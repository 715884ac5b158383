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
    public string LegalName { get; }

    /// <summary>The id of the contact if a new customer is registered.</summary>
    public CustomerId ContactId { get; }

    /// <summary>The person's name.</summary>
    public PersonName ContactName { get; }

    /// <summary>The opportunity's id.</summary>
    public string OpportunityId { get; }

    /// <summary>What is being sold.</summary>
    public string OpportunityName { get; }

    /// <summary>The expected amount.</summary>
    public Money Amount { get; }

    /// <summary>The expected close date.</summary>
    public LocalDate ExpectedClose { get; }

    /// <summary>The owner of a new account and of the opportunity.</summary>
    public string Owner { get; }

    /// <summary>The organisation's registry identifiers (used for dedupe and kept on a new account); empty by default.</summary>
    public ImmutableArray<CompanyIdentifier> Identifiers { get; init; } = [];

    /// <summary>The organisation's web domain or URL; null for none.</summary>
    public string? WebDomain { get; init; }

    /// <summary>The organisation's industry; null for none.</summary>
    public string? Industry { get; init; }

    /// <summary>The organisation's size band.</summary>
    public SizeBand Size { get; init; }

    /// <summary>The parent of a new account; null for a root.</summary>
    public AccountId? Parent { get; init; }

    /// <summary>The person's e-mail (used for dedupe and added to a new contact); null for none.</summary>
    public EmailAddress? ContactEmail { get; init; }

    /// <summary>The person's phone (used for dedupe); null for none.</summary>
    public PhoneNumber? ContactPhone { get; init; }

    /// <summary>The person's roles at the account; <see cref="ContactRole.DecisionMaker"/> by default.</summary>
    public ImmutableArray<ContactRole> ContactRoles { get; init; } = [ContactRole.DecisionMaker];

    /// <summary>The campaign the lead is attributed to (kept on the result); null for none.</summary>
    public string? CampaignId { get; init; }
}
