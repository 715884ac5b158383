using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;

namespace Crm.Domain.Accounts;

/// <summary>
/// The result of <see cref="LeadConversion.Convert"/>: the identifiers the lead became, the aggregates to store
/// (for <see cref="LeadConversionOutcome.Converted"/>), the dedupe evidence, and the lead's attribution.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by reference.</remarks>
public sealed class LeadConversionResult
{
    internal LeadConversionResult(LeadConversionOutcome outcome, Lead lead, LeadConverted conversion, Account? account, AccountMatchResult? accountMatch,
        Customer? newContact, MatchResult? contactMatch, Opportunity? opportunity, string? campaignId)
    {
        Outcome = outcome;
        Lead = lead;
        AccountId = conversion.Account;
        ContactId = conversion.Contact;
        OpportunityId = conversion.OpportunityId;
        AccountMatched = conversion.AccountMatched;
        ContactMatched = conversion.ContactMatched;
        Account = account;
        AccountMatch = accountMatch;
        NewContact = newContact;
        ContactMatch = contactMatch;
        Opportunity = opportunity;
        CampaignId = campaignId;
    }

    /// <summary>Converted now, or already converted (then nothing below is new and the aggregates are null).</summary>
    public LeadConversionOutcome Outcome { get; }

    /// <summary>The lead after conversion (with its <see cref="LeadConverted"/>); the lead given when already converted.</summary>
    public Lead Lead { get; }

    /// <summary>The account the lead became.</summary>
    public AccountId AccountId { get; }

    /// <summary>The contact (a customer) the lead became.</summary>
    public CustomerId ContactId { get; }

    /// <summary>The opportunity opened.</summary>
    public string OpportunityId { get; }

    /// <summary>True when the account already existed.</summary>
    public bool AccountMatched { get; }

    /// <summary>True when the contact already existed.</summary>
    public bool ContactMatched { get; }

    /// <summary>The account to store: new, or the matched one with the contact linked; null when already converted.</summary>
    public Account? Account { get; }

    /// <summary>The best account match found (the evidence), matched or not; null when there was no candidate or already converted.</summary>
    public AccountMatchResult? AccountMatch { get; }

    /// <summary>The newly registered contact; null when the contact was matched or already converted.</summary>
    public Customer? NewContact { get; }

    /// <summary>The best contact match found (the evidence), matched or not; null when there was no candidate or already converted.</summary>
    public MatchResult? ContactMatch { get; }

    /// <summary>The opportunity opened, on the account (<see cref="SalesParty.Account"/>); null when already converted.</summary>
    public Opportunity? Opportunity { get; }

    /// <summary>The lead's source, kept from the lead.</summary>
    public LeadSource Source => Lead.Source;

    /// <summary>The prospect's attitude, kept from the lead.</summary>
    public ProspectAttitude Attitude => Lead.Attitude;

    /// <summary>The lead's acquisition strategies, kept from the lead.</summary>
    public ImmutableArray<AcquisitionStrategy> Strategies => Lead.Strategies;

    /// <summary>The campaign attribution given in the request; null for none (and when already converted).</summary>
    public string? CampaignId { get; }

    /// <summary>A readable account of the conversion: what was matched or created, and why.</summary>
    public string Explain()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Lead {Lead.Id} ({Source}, {Attitude}{(CampaignId is null ? string.Empty : $", campaign {CampaignId}")}): {Outcome}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  account {AccountId}: {(AccountMatched ? "matched" : "new")}\n");
        if (AccountMatch is not null)
        {
            sb.Append("    ").Append(AccountMatch.Explain().Replace("\n", "\n    ", StringComparison.Ordinal)).Append('\n');
        }

        sb.Append(CultureInfo.InvariantCulture, $"  contact {ContactId}: {(ContactMatched ? "matched" : "new")}\n");
        if (ContactMatch is not null)
        {
            sb.Append("    ").Append(ContactMatch.Explain().Replace("\n", "\n    ", StringComparison.Ordinal)).Append('\n');
        }

        sb.Append(CultureInfo.InvariantCulture, $"  opportunity {OpportunityId}");
        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"Lead {Lead.Id} -> account {AccountId}, contact {ContactId}, opportunity {OpportunityId} ({Outcome})";
}
