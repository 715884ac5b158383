using Ardalis.GuardClauses;
using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>
/// Lead conversion: one command turning a qualified lead into an account (new or matched), a contact (a customer, new
/// or matched) and an opportunity on the account, keeping the lead's source, attitude, strategies and campaign.
/// </summary>
/// <remarks>
/// <para>Pure: it takes the candidate accounts and customers (as IDIC <see cref="MatchCandidate"/>s), and returns the
/// aggregates to store and the explained result; it stores nothing and makes up no identifier.</para>
/// <para>Matching: the account is matched by <see cref="AccountMatcher"/> (legal name, identifiers, web domain), the
/// contact by the IDIC <see cref="RecordMatcher"/> (name, e-mail, phone); only a <see cref="MatchDecision.Same"/>
/// verdict matches, a review verdict creates a new record and reports the evidence (a person merges later, with
/// <see cref="CustomerMerger"/>). A matched account gets the contact linked (or its roles replaced).</para>
/// <para>Idempotent: a lead already converted (<see cref="Lead.Conversion"/>) returns
/// <see cref="LeadConversionOutcome.AlreadyConverted"/> with the same identifiers and changes nothing.</para>
/// <para>Thread-safe (stateless).</para>
/// </remarks>
public static class LeadConversion
{
    /// <summary>Converts <paramref name="lead"/> as <paramref name="request"/> says.</summary>
    /// <param name="lead">A Qualified (or Opportunity) lead, or one already converted.</param>
    /// <param name="request">The organisation, person and opportunity.</param>
    /// <param name="accounts">The existing accounts to match against.</param>
    /// <param name="customers">The existing customers to match the contact against.</param>
    /// <param name="actor">Who converts (registers a new contact under the data access policy).</param>
    /// <param name="policy">The data access policy for a new contact.</param>
    /// <param name="at">When.</param>
    /// <param name="accountMatcher">The account matcher (default thresholds if null).</param>
    /// <param name="contactMatcher">The contact matcher (default thresholds if null).</param>
    /// <exception cref="ArgumentException">An argument or candidate is null or refused; an optional request value is refused by the aggregate it belongs to.</exception>
    /// <exception cref="IllegalTransitionException">The lead is neither Qualified nor Opportunity (and not converted).</exception>
    /// <exception cref="AccessDeniedException">The actor may not register a customer.</exception>
    public static LeadConversionResult Convert(Lead lead, LeadConversionRequest request, IEnumerable<Account> accounts, IEnumerable<MatchCandidate> customers,
        Actor actor, DataAccessPolicy policy, Instant at, AccountMatcher? accountMatcher = null, RecordMatcher? contactMatcher = null)
    {
        Guard.Against.Null(lead);
        Guard.Against.Null(request);
        Guard.Against.Null(accounts);
        Guard.Against.Null(customers);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        Guard.Against.Null(policy);
        if (lead.Conversion is { } done)
        {
            return new LeadConversionResult(LeadConversionOutcome.AlreadyConverted, lead, done, null, null, null, null, null, null);
        }

        // The account: as if new, then matched against the candidates.
        var fresh = Account.Create(request.AccountId, request.LegalName, request.Owner, at, request.Identifiers, request.WebDomain, request.Industry,
            request.Size, null, request.Parent);
        var accountList = accounts.Select(a => Guard.Against.NullElement(a, nameof(accounts))).ToList();
        var accountMatch = (accountMatcher ?? new AccountMatcher()).BestMatch(fresh, accountList);
        var matchedAccount = accountMatch?.Decision == MatchDecision.Same
            ? accountList.First(a => a.Id == (accountMatch.First == fresh.Id ? accountMatch.Second : accountMatch.First))
            : null;

        // The contact: the IDIC matcher over the customers.
        var me = MatchCandidate.Create(request.ContactId, request.ContactName, request.ContactEmail, request.ContactPhone);
        var matcher = contactMatcher ?? new RecordMatcher();
        MatchResult? contactMatch = null;
        foreach (var c in customers)
        {
            Guard.Against.NullElement(c, nameof(customers));
            if (c.Id == me.Id)
            {
                continue;
            }

            var r = matcher.Compare(me, c);
            contactMatch = contactMatch is null || r.Score > contactMatch.Score ? r : contactMatch;
        }

        var contactMatched = contactMatch?.Decision == MatchDecision.Same;
        var contactId = contactMatched ? (contactMatch!.First == me.Id ? contactMatch.Second : contactMatch.First) : request.ContactId;
        Customer? newContact = null;
        if (!contactMatched)
        {
            newContact = Customer.Register(request.ContactId, request.ContactName, actor, at, policy, $"lead:{lead.Source}");
            if (request.ContactEmail is { } email)
            {
                newContact = newContact.AddContactPoint(actor, ContactPoint.ForEmail(email, VerificationState.Unverified, at), at).ThrowIfDenied();
            }
        }

        var account = (matchedAccount ?? fresh).LinkContact(contactId, request.ContactRoles.IsDefault ? [] : request.ContactRoles, at);
        var opportunity = Opportunity.Open(request.OpportunityId, request.OpportunityName, SalesParty.Account(account.Id), request.Owner,
            request.Amount, request.ExpectedClose, at);
        var converted = lead.Convert(account.Id, contactId, opportunity.Id, matchedAccount is not null, contactMatched, at);
        return new LeadConversionResult(LeadConversionOutcome.Converted, converted, converted.Conversion!, account, accountMatch, newContact,
            contactMatch, opportunity, request.CampaignId);
    }
}
