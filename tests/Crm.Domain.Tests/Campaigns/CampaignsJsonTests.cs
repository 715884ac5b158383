using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Campaigns.Attribution;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using NodaTime;
using static Crm.Domain.Tests.Campaigns.CampaignFixtures;

namespace Crm.Domain.Tests.Campaigns;

public class CampaignsJsonTests
{
    private static readonly CustomerId Id = CustomerId.Of("C42");

    [Fact]
    public void Values_RoundTrip()
    {
        Assert.Equal(Customer(7), JsonAssert.RoundTrip(Customer(7)));
        var response = CampaignResponse.Converted(Id, Money.Of(12.5m, "EUR"), T0, Channel.Web);
        Assert.Equal(response, JsonAssert.RoundTrip(response));
        var responded = CampaignResponse.Responded(Id, ResponseCode.DoNotContact, T0, Channel.Email);
        Assert.Equal(responded, JsonAssert.RoundTrip(responded));
        Assert.Contains("\"doNotContact\"", CrmJson.Serialize(responded), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(RateEstimate.Wilson(8, 10), JsonAssert.RoundTrip(RateEstimate.Wilson(8, 10)));
        var lift = LiftTest.TwoProportion(60, 1000, 40, 1000);
        var liftCopy = JsonAssert.RoundTrip(lift);
        Assert.Equal(lift, liftCopy);
        Assert.Equal(lift.PValue, liftCopy.PValue);
        Assert.Equal(new ResponseOutcome(77), JsonAssert.RoundTrip(new ResponseOutcome(77)));
        var touch = new Touch("CMP-1", Id, T0, Channel.Email);
        Assert.Equal(touch, JsonAssert.RoundTrip(touch));
        var conversion = new Conversion(Id, T0, Money.Of(3m, "EUR"));
        Assert.Equal(conversion, JsonAssert.RoundTrip(conversion));
        var counts = new AudienceCounts(10, 1, 2, 3, 3, 1);
        Assert.Equal(counts, JsonAssert.RoundTrip(counts));
        var request = new ContactRequest(Id, Channel.Sms, T0);
        Assert.Equal(request, JsonAssert.RoundTrip(request));
        CampaignEvent completed = new CampaignCompleted(T0);
        Assert.Equal(completed, JsonAssert.RoundTrip(completed));
    }

    [Fact]
    public void Offer_RoundTrips()
    {
        var copy = JsonAssert.RoundTrip(Offer());
        Assert.Equal(Offer().Validity, copy.Validity);
        Assert.Equal(Offer().RegularPrice, copy.RegularPrice);
        Assert.Equal("free delivery", copy.Terms);
    }

    [Fact]
    public void AnalysisRows_RoundTrip()
    {
        var outcomes = CampaignArbitrariesData();
        var tally = ResponseTally.Empty.AddRange(outcomes);
        Assert.Equal(tally, JsonAssert.RoundTrip(tally));
        Assert.Equal(tally.Treated, JsonAssert.RoundTrip(tally.Treated));
        var rates = JsonAssert.RoundTrip(tally.Result);
        Assert.Equal(tally.Result, rates);
        var segment = SegmentAnalysis.Create("loyal", tally, 100m, 10m, Money.Of(5m, "EUR"), 0.95);
        Assert.Equal(segment.Roi, JsonAssert.RoundTrip(segment).Roi);
        var decision = NextWavePolicy.Default.Decide(segment);
        Assert.Equal(decision.Reason, JsonAssert.RoundTrip(decision).Reason);
        var report = AttributionRule.Linear(Duration.FromDays(7)).AttributeAll([new Conversion(Id, T0, Money.Of(9m, "EUR"))], [new Touch("A", Id, T0, Channel.Email), new Touch("B", Id, T0, Channel.Sms)]);
        var reportCopy = JsonAssert.RoundTrip(report);
        Assert.Equal(report.Credits.AsEnumerable(), reportCopy.Credits);
        Assert.Equal(report.Conversions[0].Shares.AsEnumerable(), reportCopy.Conversions[0].Shares);
    }

    [Fact]
    public void InvalidJson_IsJsonException()
    {
        JsonAssert.Invalid<CampaignCustomer>("""{"id":"C1","segment":"x","recency":6,"frequency":1,"monetary":1,"valueTier":1}""");
        JsonAssert.Invalid<RateEstimate>("""{"successes":11,"trials":10,"confidence":0.95}""");
        JsonAssert.Invalid<CampaignResponse>("""{"customer":"C1","kind":"responded","at":"2026-01-01T00:00:00Z","channel":"email"}""");
        JsonAssert.Invalid<GroupTally>("""{"members":1,"sent":2,"delivered":0,"opened":0,"responded":0,"interested":0,"optedOut":0,"converted":0}""");
        JsonAssert.Invalid<CampaignOffer>("""{"code":"X","description":"d","price":{"amount":-1,"currency":"EUR"},"validity":{"start":"2026-01-01","end":"2026-01-31"}}""");
    }

    private static ResponseOutcome[] CampaignArbitrariesData() => Crm.Domain.Tests.Arbitraries.CampaignArbitraries.Generate(500, 3);
}
