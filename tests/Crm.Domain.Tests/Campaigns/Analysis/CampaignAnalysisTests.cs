using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;
using static Crm.Domain.Tests.Campaigns.CampaignFixtures;

namespace Crm.Domain.Tests.Campaigns.Analysis;

public class CampaignAnalysisTests
{
    [Fact]
    public void Of_CountsRevenueIncrementalRevenueAndRoiPerSegment()
    {
        var running = Running(600, 0.2);
        var audience = running.Audience!;
        var at = running.StartedAt!.Value + Duration.FromHours(2);
        var loyalTreated = audience.Treated.Where(c => c.Segment == "loyal").ToArray();
        var loyalControl = audience.Control.Where(c => c.Segment == "loyal").ToArray();
        var responses = new List<CampaignResponse>();
        for (var i = 0; i < loyalTreated.Length; i++)
        {
            responses.Add(CampaignResponse.Sent(loyalTreated[i].Id, at, Channel.Email));
            if (i % 5 == 0)
            {
                responses.Add(CampaignResponse.Converted(loyalTreated[i].Id, Money.Of(30m, Eur), at, Channel.Web));
            }
        }

        for (var i = 0; i < loyalControl.Length; i += 20)
        {
            responses.Add(CampaignResponse.Converted(loyalControl[i].Id, Money.Of(30m, Eur), at, Channel.Web));
        }

        var analysis = CampaignAnalysis.Of(running.RecordRange(responses));
        var loyal = analysis.For("loyal")!;
        long nt = loyalTreated.Length, nc = loyalControl.Length;
        long xt = (nt + 4) / 5, xc = (nc + 19) / 20;
        Assert.Equal(nt, loyal.Tally.Treated.Members);
        Assert.Equal(nt, loyal.Tally.Treated.Sent);
        Assert.Equal(xt, loyal.Tally.Treated.Converted);
        Assert.Equal(xc, loyal.Tally.Control.Converted);
        Assert.Equal(Money.Of(30m * xt, Eur), loyal.TreatedRevenue);
        var incremental = (30m * xt) - (30m * xc * nt / nc);
        Assert.Equal(Money.Of(incremental, Eur), loyal.IncrementalRevenue);
        var cost = 0.5m * nt;
        Assert.Equal(Money.Of(cost, Eur), loyal.Cost);
        Assert.Equal((double)((incremental - cost) / cost), loyal.Roi!.Value, 12);
        Assert.Equal(RateEstimate.Wilson(xt, nt), loyal.Rates.ConversionLift.Treated);

        // The overall row is the merge of the segment rows; its cost includes the fixed cost.
        Assert.Equal(analysis.Segments.Aggregate(ResponseTally.Empty, (a, s) => a + s.Tally), analysis.Overall.Tally);
        Assert.Equal(audience.MemberCount, analysis.Overall.Tally.Count);
        Assert.Equal(running.TotalCost, analysis.Overall.Cost);
        Assert.Equal(["lapsed", "loyal", "new"], analysis.Segments.Select(s => s.Segment));
    }

    [Fact]
    public void Of_DraftCampaign_Throws()
    {
        var draft = Campaign.Create("CMP-9", "x", Eur, T0);
        var ex = Assert.Throws<IllegalTransitionException>(() => CampaignAnalysis.Of(draft));
        Assert.Equal("Draft", ex.From);
    }

    [Fact]
    public void FromResponses_NonMember_Throws()
    {
        var audience = Audience().Select(Base(20, 1), T0);
        var ex = Assert.Throws<ArgumentException>(() => CampaignAnalysis.FromResponses(audience, [CampaignResponse.Sent(CustomerId.Of("X"), T0, Channel.Email)], Money.Zero(Eur), Money.Zero(Eur)));
        Assert.Contains("'X'", ex.Message, StringComparison.Ordinal);
    }
}
