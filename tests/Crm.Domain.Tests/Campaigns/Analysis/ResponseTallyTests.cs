using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Arbitraries;
using Crm.Domain.Tests.Metrics;
using Crm.Domain.Tests.Serialization;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Campaigns.Analysis;

[AccumulatorLawsFor(typeof(ResponseTally))]
public class ResponseTallyTests
{
    private static ResponseTally PerItem(IEnumerable<ResponseOutcome> outcomes) =>
        outcomes.Aggregate(ResponseTally.Empty, (acc, o) => acc.Add(o));

    [Fact]
    public void Add_CountsMembersPerGroupAndFlag()
    {
        var id = CustomerId.Of("C1");
        var at = Instant.FromUtc(2026, 1, 1, 0, 0);
        var opened = ResponseOutcome.ForMember(AudienceGroup.Treated)
            .With(CampaignResponse.Sent(id, at, Channel.Email))
            .With(CampaignResponse.Opened(id, at, Channel.Email))
            .With(CampaignResponse.Opened(id, at, Channel.Email))
            .With(CampaignResponse.Responded(id, ResponseCode.DoNotContact, at, Channel.Email));
        var converted = ResponseOutcome.ForMember(AudienceGroup.Control).With(CampaignResponse.Converted(id, Money.Of(1m, "EUR"), at, Channel.Web));
        var tally = ResponseTally.Empty.Add(opened).Add(converted).Add(ResponseOutcome.ForMember(AudienceGroup.Treated));

        Assert.Equal(3, tally.Count);
        Assert.Equal(2, tally.Treated.Members);
        Assert.Equal(1, tally.Treated.Sent);
        Assert.Equal(1, tally.Treated.Opened);
        Assert.Equal(1, tally.Treated.Responded);
        Assert.Equal(1, tally.Treated.OptedOut);
        Assert.Equal(0, tally.Treated.Interested);
        Assert.Equal(0, tally.Treated.Converted);
        Assert.Equal(1, tally.Control.Members);
        Assert.Equal(1, tally.Control.Converted);
    }

    [Fact]
    public void AddRange_AllBytesManyTimes_EqualsHandCount()
    {
        // Every byte value 300 times (76,800 outcomes: crosses the 255-vector flush). Each flag bit is set in exactly
        // half of the 256 codes, and half of those have the control bit: 300 × 64 per (group, flag).
        var outcomes = Enumerable.Range(0, 300 * 256).Select(i => new ResponseOutcome((byte)(i % 256))).ToArray();
        var tally = ResponseTally.Empty.AddRange(outcomes);
        Assert.Equal(300 * 128, tally.Treated.Members);
        Assert.Equal(300 * 128, tally.Control.Members);
        foreach (var g in new[] { tally.Treated, tally.Control })
        {
            Assert.Equal(new[] { 300L * 64, 300L * 64, 300L * 64, 300L * 64, 300L * 64, 300L * 64, 300L * 64 }, new[] { g.Sent, g.Delivered, g.Opened, g.Responded, g.Interested, g.OptedOut, g.Converted });
        }
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 40)]
    public bool AddRange_EqualsPerItem(ResponseOutcome[] outcomes) =>
        ResponseTally.Empty.AddRange(outcomes) == PerItem(outcomes)
        && ResponseTally.Empty.AddRange(outcomes.Where(_ => true)) == PerItem(outcomes);

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 40)]
    public bool Partitions_CombineToTheWhole(ResponseOutcome[] outcomes, int cut1, int cut2)
    {
        var n = outcomes.Length;
        var a = n == 0 ? 0 : Math.Abs(cut1 % (n + 1));
        var b = n == 0 ? 0 : Math.Abs(cut2 % (n + 1));
        (a, b) = (Math.Min(a, b), Math.Max(a, b));
        var span = outcomes.AsSpan();
        var parts = new[] { ResponseTally.Empty.AddRange(span[..a]), ResponseTally.Empty.AddRange(span[a..b]), ResponseTally.Empty.AddRange(span[b..]) };
        var whole = ResponseTally.Empty.AddRange(outcomes);
        return (parts[0] + parts[1]) + parts[2] == whole
            && parts[0] + (parts[1] + parts[2]) == whole
            && parts[2] + parts[1] + parts[0] == whole
            && whole + ResponseTally.Empty == whole;
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 40)]
    public bool Result_RatesInUnitIntervalAndIntervalsContainEstimates(ResponseOutcome[] outcomes)
    {
        var r = ResponseTally.Empty.AddRange(outcomes).Result;
        var rates = new[] { r.OpenRate, r.ResponseRate, r.InterestRate, r.OptOutRate, r.ConversionLift.Treated, r.ConversionLift.Control };
        return rates.All(e => !e.HasValue || (e.Lower >= 0d && e.Lower <= e.Estimate && e.Estimate <= e.Upper && e.Upper <= 1d))
            && (r.ConversionLift.PValue is null or (>= 0d and <= 1d));
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 40)]
    public bool Laws(ResponseOutcome[] a, ResponseOutcome[] b, ResponseOutcome[] c) =>
        AccumulatorLaws.Hold<ResponseTally, ResponseOutcome, ResponseRates, ResponseTallyState>(
            ResponseTally.Empty, a, b, c, (acc, xs) => acc.AddRange(xs),
            r => r.ConversionLift.PValue is null or (>= 0d and <= 1d));

    [Fact]
    public void State_IsTheTwoGroups_AndItsJsonIsPinned()
    {
        var treated = new GroupTally(3, 3, 2, 1, 1, 1, 0, 1);
        var tally = ResponseTally.FromState(new ResponseTallyState(treated, default));
        Assert.Equal(treated, tally.Treated);
        Assert.Equal(3, tally.Count);
        Assert.Equal(new ResponseTallyState(treated, default), tally.ToState());
        Assert.Equal(
            """{"treated":{"members":3,"sent":3,"delivered":2,"opened":1,"responded":1,"interested":1,"optedOut":0,"converted":1},"control":{"members":0,"sent":0,"delivered":0,"opened":0,"responded":0,"interested":0,"optedOut":0,"converted":0}}""",
            CrmJson.Serialize(tally));
    }

    [Fact]
    public void FromState_MembersPastLongMax_Throws()
    {
        var huge = new GroupTally(long.MaxValue, 0, 0, 0, 0, 0, 0, 0);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ResponseTally.FromState(new ResponseTallyState(huge, new GroupTally(1, 0, 0, 0, 0, 0, 0, 0))));
        Assert.Contains("state.Control.Members", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"treated":{"members":1,"sent":2,"delivered":0,"opened":0,"responded":0,"interested":0,"optedOut":0,"converted":0},"control":{"members":0,"sent":0,"delivered":0,"opened":0,"responded":0,"interested":0,"optedOut":0,"converted":0}}""")]
    [InlineData("""{"treated":{"members":-1,"sent":0,"delivered":0,"opened":0,"responded":0,"interested":0,"optedOut":0,"converted":0},"control":{"members":0,"sent":0,"delivered":0,"opened":0,"responded":0,"interested":0,"optedOut":0,"converted":0}}""")]
    [InlineData("""{"treated":{"members":0,"sent":0,"delivered":0,"opened":0,"responded":0,"interested":0,"optedOut":0,"converted":0}}""")]
    [InlineData("""{"treated":{"members":0,"sent":0,"delivered":0,"opened":0,"responded":0,"interested":0,"optedOut":0,"converted":0},"control":{"members":0,"sent":0,"delivered":0,"opened":0,"responded":0,"interested":0,"optedOut":0,"converted":0},"extra":1}""")]
    [InlineData("null")]
    [InlineData("[]")]
    public void InvalidJson_Throws(string json) => JsonAssert.Invalid<ResponseTally>(json);
}
