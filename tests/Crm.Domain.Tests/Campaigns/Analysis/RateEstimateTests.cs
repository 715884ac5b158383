using Crm.Domain.Campaigns.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Campaigns.Analysis;

public class RateEstimateTests
{
    // Wilson score intervals at 95 % as published in Newcombe (1998), "Two-sided confidence intervals for the single
    // proportion: comparison of seven methods", Stat. Med. 17:857-872, Table II (method 3), and the 8/10 example.
    [Theory]
    [InlineData(8, 10, 0.490, 0.943)]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_MatchesPublishedIntervals(int x, int n, double lower, double upper)
    {
        var digits = lower.ToString(System.Globalization.CultureInfo.InvariantCulture).Length - 2;
        var e = RateEstimate.Wilson(x, n);
        Assert.Equal(lower, Math.Round(e.Lower!.Value, Math.Max(3, digits)), 10);
        Assert.Equal(upper, Math.Round(e.Upper!.Value, upper.ToString(System.Globalization.CultureInfo.InvariantCulture).Length - 2), 10);
        Assert.Equal((double)x / n, e.Estimate!.Value, 12);
    }

    [Fact]
    public void Wilson_NoTrials_IsNoDataNotNaN()
    {
        var e = RateEstimate.Wilson(0, 0);
        Assert.False(e.HasValue);
        Assert.Null(e.Estimate);
        Assert.Null(e.Lower);
        Assert.Null(e.Upper);
        Assert.Equal("0/0 (no data)", e.ToString());
    }

    [Fact]
    public void Wilson_BadInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RateEstimate.Wilson(11, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => RateEstimate.Wilson(-1, 10));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RateEstimate.Wilson(1, 10, 1d));
        Assert.Equal("confidence", ex.ParamName);
    }

    [Fact]
    public void Wilson_HigherConfidence_WidensInterval()
    {
        var narrow = RateEstimate.Wilson(30, 100, 0.8);
        var wide = RateEstimate.Wilson(30, 100, 0.99);
        Assert.True(wide.Lower < narrow.Lower && wide.Upper > narrow.Upper);
    }

    [Property(MaxTest = 300)]
    public Property Wilson_InUnitIntervalAndContainsEstimate() =>
        Prop.ForAll(
            (from n in Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(1, int.MaxValue))
             from x in Gen.OneOf(Gen.Elements(0, n), Gen.Choose(0, n))
             from c in Gen.Elements(0.5, 0.9, 0.95, 0.999999)
             select (x, n, c)).ToArbitrary(),
            t =>
            {
                var e = RateEstimate.Wilson(t.x, t.n, t.c);
                return e.Lower >= 0d && e.Upper <= 1d && e.Lower <= e.Estimate && e.Estimate <= e.Upper && e.Estimate is >= 0d and <= 1d;
            });
}
