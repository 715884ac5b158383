using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Campaigns.Analysis;

public class NextWavePolicyTests
{
    private static readonly Currency Eur = Currency.Of("EUR");

    private static SegmentAnalysis Segment(int xt, int nt, int xc, int nc, decimal costPerContact = 0m, decimal value = 10m)
    {
        var outcomes = new List<ResponseOutcome>();
        var converted = new ResponseOutcome(ResponseOutcome.ConvertedBit);
        outcomes.AddRange(Enumerable.Range(0, nt).Select(i => i < xt ? converted : ResponseOutcome.ForMember(AudienceGroup.Treated)));
        outcomes.AddRange(Enumerable.Range(0, nc).Select(i => new ResponseOutcome((byte)(ResponseOutcome.ControlBit | (i < xc ? ResponseOutcome.ConvertedBit : 0)))));
        var tally = ResponseTally.Empty.AddRange(outcomes.ToArray());
        return SegmentAnalysis.Create("s", tally, value * xt, value * xc, Money.Of(costPerContact * nt, Eur), 0.95);
    }

    [Fact]
    public void Decide_SignificantPositiveLift_Keeps()
    {
        // 60/1000 vs 40/1000: p = 0.040 (see LiftTestTests); no cost, so no ROI.
        var d = NextWavePolicy.Default.Decide(Segment(60, 1000, 40, 1000));
        Assert.Equal(WaveDecision.Keep, d.Decision);
        Assert.Contains("p = 0.0402", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SignificantLiftNegativeRoi_Drops()
    {
        // Incremental revenue 10 × (60 − 40) = 200 EUR; cost 1 × 1000 = 1000 EUR; ROI = (200 − 1000) / 1000 = −80 %.
        var d = NextWavePolicy.Default.Decide(Segment(60, 1000, 40, 1000, costPerContact: 1m));
        Assert.Equal(WaveDecision.Drop, d.Decision);
        Assert.Contains("-80 %", d.Reason, StringComparison.Ordinal);
        var lenient = NextWavePolicy.Create(0.05, 30, 0.005, requireNonNegativeRoi: false);
        Assert.Equal(WaveDecision.Keep, lenient.Decide(Segment(60, 1000, 40, 1000, costPerContact: 1m)).Decision);
    }

    [Fact]
    public void Decide_SignificantlyWorse_Drops() =>
        Assert.Equal(WaveDecision.Drop, NextWavePolicy.Default.Decide(Segment(40, 1000, 60, 1000)).Decision);

    [Fact]
    public void Decide_NotSignificantButWideInterval_TestsAgain()
    {
        // 10/1000 vs 10/1000: uplift 0, 95 % interval ±1.96·sqrt(2·0.01·0.99/1000) = ±0.0087 > 0.005.
        var d = NextWavePolicy.Default.Decide(Segment(10, 1000, 10, 1000));
        Assert.Equal(WaveDecision.TestAgain, d.Decision);
        Assert.StartsWith("inconclusive", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NotSignificantAndNarrowInterval_Drops()
    {
        // 100/10000 vs 100/10000: interval ±1.96·sqrt(2·0.01·0.99/10000) = ±0.0028 < 0.005.
        var d = NextWavePolicy.Default.Decide(Segment(100, 10000, 100, 10000));
        Assert.Equal(WaveDecision.Drop, d.Decision);
        Assert.StartsWith("no worthwhile lift", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_TooFewMembers_TestsAgain()
    {
        var d = NextWavePolicy.Default.Decide(Segment(5, 20, 1, 20));
        Assert.Equal(WaveDecision.TestAgain, d.Decision);
        Assert.Contains("too few", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BadAlpha_Throws() =>
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => NextWavePolicy.Create(1.5, 30, 0, true)).ParamName);
}
