using System.Globalization;
using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>One partner's row of a <see cref="PartnerAttributionReport"/>: the leads and opportunities attributed to it
/// and the value it won.</summary>
/// <remarks>Built only by <see cref="PartnerAttributionReport.Of"/>; counts are &gt;= 0. Immutable and thread-safe.</remarks>
public sealed class PartnerPerformance
{
    internal PartnerPerformance(string partnerId, PartnerKind kind, int leads, int leadsConverted, int leadsWon, int opportunities, int opportunitiesWon, Money? wonValue)
    {
        PartnerId = partnerId;
        Kind = kind;
        Leads = leads;
        LeadsConverted = leadsConverted;
        LeadsWon = leadsWon;
        Opportunities = opportunities;
        OpportunitiesWon = opportunitiesWon;
        WonValue = wonValue;
    }

    /// <summary>The partner's identifier.</summary>
    public string PartnerId { get; }

    /// <summary>The kind of partner.</summary>
    public PartnerKind Kind { get; }

    /// <summary>The leads attributed to the partner.</summary>
    public int Leads { get; }

    /// <summary>Of those, the leads converted into an account, a contact and an opportunity.</summary>
    public int LeadsConverted { get; }

    /// <summary>Of those, the leads won.</summary>
    public int LeadsWon { get; }

    /// <summary>The opportunities attributed to the partner.</summary>
    public int Opportunities { get; }

    /// <summary>Of those, the opportunities closed won.</summary>
    public int OpportunitiesWon { get; }

    /// <summary>The won opportunities' value (<see cref="Sales.Opportunity.ForecastAmount"/>: the line items' total when
    /// there are lines, else the amount); null when no opportunity was won.</summary>
    public Money? WonValue { get; }

    /// <summary>Invariant text such as <c>D-7 (Dealer): 3 leads, 2 converted, 1 won; 2 opportunities, 1 won for 1200 EUR</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{PartnerId} ({Kind}): {Leads} leads, {LeadsConverted} converted, {LeadsWon} won; {Opportunities} opportunities, {OpportunitiesWon} won for {WonValue?.ToString() ?? "nothing"}");
}
