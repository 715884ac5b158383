using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns.Attribution;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Campaigns;

/// <summary>Collaborative CRM partners (issue 16 item 5): a partner id on lead and opportunity events, read back from
/// the history, and the pure attribution report (leads and won value per partner), hand-worked.</summary>
public class PartnerAttributionTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 4, 1, 9, 0);

    private static Instant Day(int d) => T0 + Duration.FromDays(d);

    private static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    private static Opportunity Opp(string id, decimal amount) =>
        Opportunity.Open(id, "Deal " + id, SalesParty.Lead("L-" + id), "ana", Eur(amount), new LocalDate(2026, 6, 30), T0);

    [Fact]
    public void Lead_AndOpportunity_CarryTheirPartner_AndALaterAttributionReplaces()
    {
        var lead = Lead.Create("L-1", LeadSource.Referral, T0).AttributeTo("B-9", PartnerKind.Broker, Day(1));
        Assert.Equal(("B-9", PartnerKind.Broker), (lead.Partner!.PartnerId, lead.Partner.Kind));
        var moved = lead.AttributeTo("D-7", PartnerKind.Dealer, Day(2));
        Assert.Equal("D-7", moved.Partner!.PartnerId);
        Assert.Equal(FunnelStage.Suspect, moved.Stage);
        Assert.Equal(3, moved.Version);
        Assert.Null(Lead.Create("L-2", LeadSource.Referral, T0).Partner);

        var opportunity = Opp("O-1", 500m).AttributeTo("R-1", PartnerKind.Reseller, Day(1));
        Assert.Equal(PartnerKind.Reseller, opportunity.Partner!.Kind);
        Assert.Equal(opportunity.ToSnapshot().History.Length, Opportunity.FromSnapshot(opportunity.ToSnapshot()).Version);

        var json = CrmJson.Serialize(moved.ToSnapshot());
        Assert.Contains("\"type\":\"lead.partnerAttributed.v1\"", json, StringComparison.Ordinal);
        Assert.Equal("D-7", Lead.FromSnapshot(CrmJson.Deserialize<LeadSnapshot>(json)).Partner!.PartnerId);
        Assert.Contains("\"type\":\"opportunity.partnerAttributed.v1\"", CrmJson.Serialize(opportunity.ToSnapshot()), StringComparison.Ordinal);
    }

    [Fact]
    public void Attribution_RefusesABlankIdOrAnUnknownKind()
    {
        var lead = Lead.Create("L-1", LeadSource.Referral, T0);
        Assert.Equal("partnerId", Assert.ThrowsAny<ArgumentException>(() => lead.AttributeTo(" ", PartnerKind.Agent, Day(1))).ParamName);
        Assert.Equal("partnerId", Assert.ThrowsAny<ArgumentException>(() => lead.AttributeTo(new string('x', 129), PartnerKind.Agent, Day(1))).ParamName);
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => lead.AttributeTo("A-1", PartnerKind.Unknown, Day(1))).ParamName);
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => Opp("O-1", 1m).AttributeTo("A-1", (PartnerKind)42, Day(1))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => lead.AttributeTo("A-1", PartnerKind.Agent, T0 - Duration.FromDays(1)));
        Assert.Throws<ArgumentException>(() => Lead.FromHistory([
            new LeadCreated(T0, "L-9", LeadSource.Referral, ProspectAttitude.Unknown, [], FunnelStage.Suspect),
            new LeadPartnerAttributed(Day(1), "", PartnerKind.Agent)]));
    }

    [Fact]
    public void Report_LeadsAndWonValuePerPartner_HandWorked()
    {
        // Dealer D-7: three leads (one won, one converted and open, one lost), two opportunities (won 1 200 EUR and
        // 800 EUR: 2 000 EUR won). Broker B-9: one open lead, one open opportunity. One lead and one opportunity unattributed.
        var won = Lead.Create("L-1", LeadSource.Referral, T0, initialStage: FunnelStage.Opportunity).AttributeTo("D-7", PartnerKind.Dealer, Day(1)).Advance(Day(2));
        var converted = Lead.Create("L-2", LeadSource.Enquiry, T0, initialStage: FunnelStage.Qualified).AttributeTo("D-7", PartnerKind.Dealer, Day(1))
            .Convert(AccountId.Of("A-1"), CustomerId.Of("C-1"), "O-9", false, false, Day(2));
        var lost = Lead.Create("L-3", LeadSource.Suspect, T0).AttributeTo("D-7", PartnerKind.Dealer, Day(1)).Lose(LossReason.Price, Day(2));
        var brokered = Lead.Create("L-4", LeadSource.CompetitorCustomer, T0).AttributeTo("B-9", PartnerKind.Broker, Day(1));
        var direct = Lead.Create("L-5", LeadSource.Enquiry, T0);

        var big = Opp("O-1", 1_200m).AttributeTo("D-7", PartnerKind.Dealer, Day(1)).MoveTo(OpportunityStage.Proposal, Day(2)).MoveTo(OpportunityStage.ClosedWon, Day(2));
        var small = Opp("O-2", 800m).AttributeTo("D-7", PartnerKind.Dealer, Day(1)).MoveTo(OpportunityStage.Proposal, Day(2)).MoveTo(OpportunityStage.ClosedWon, Day(2));
        var open = Opp("O-3", 5_000m).AttributeTo("B-9", PartnerKind.Broker, Day(1));
        var house = Opp("O-4", 300m).MoveTo(OpportunityStage.Proposal, Day(2)).MoveTo(OpportunityStage.ClosedWon, Day(2));

        var report = PartnerAttributionReport.Of([won, converted, lost, brokered, direct], [big, small, open, house]);
        Assert.Equal(["B-9", "D-7"], report.Partners.Select(p => p.PartnerId));
        var dealer = report.Partners[1];
        Assert.Equal((PartnerKind.Dealer, 3, 1, 1, 2, 2), (dealer.Kind, dealer.Leads, dealer.LeadsConverted, dealer.LeadsWon, dealer.Opportunities, dealer.OpportunitiesWon));
        Assert.Equal(Eur(2_000m), dealer.WonValue);
        Assert.Equal("D-7 (Dealer): 3 leads, 1 converted, 1 won; 2 opportunities, 2 won for 2000 EUR", dealer.ToString());
        var broker = report.Partners[0];
        Assert.Equal((1, 0, 0, 1, 0), (broker.Leads, broker.LeadsConverted, broker.LeadsWon, broker.Opportunities, broker.OpportunitiesWon));
        Assert.Null(broker.WonValue);
        Assert.Equal((1, 1), (report.UnattributedLeads, report.UnattributedOpportunities));
    }

    [Fact]
    public void Report_RefusesWonValueInTwoCurrencies_AndNulls()
    {
        var usd = Opportunity.Open("O-5", "Deal", SalesParty.Lead("L-5"), "ana", Money.Of(10m, "USD"), new LocalDate(2026, 6, 30), T0)
            .AttributeTo("D-7", PartnerKind.Dealer, Day(1)).MoveTo(OpportunityStage.Proposal, Day(2)).MoveTo(OpportunityStage.ClosedWon, Day(2));
        var eur = Opp("O-6", 10m).AttributeTo("D-7", PartnerKind.Dealer, Day(1)).MoveTo(OpportunityStage.Proposal, Day(2)).MoveTo(OpportunityStage.ClosedWon, Day(2));
        Assert.Equal("opportunities", Assert.Throws<ArgumentException>(() => PartnerAttributionReport.Of([], [eur, usd])).ParamName);
        Assert.Throws<ArgumentNullException>(() => PartnerAttributionReport.Of(null!, []));
        Assert.Empty(PartnerAttributionReport.Of([], []).Partners);
    }
}
