using Crm.Domain.Campaigns.Analysis;

namespace Crm.Domain.Tests.Campaigns.Analysis;

public class LiftTestTests
{
    [Fact]
    public void TwoProportion_HandComputedExample()
    {
        // Treated 60/1000 = 0.06, control 40/1000 = 0.04. Pooled p = 100/2000 = 0.05.
        // SE = sqrt(0.05 × 0.95 × (1/1000 + 1/1000)) = sqrt(0.000095) = 0.0097468.
        // z = 0.02 / 0.0097468 = 2.05196; two-sided p = 2 × (1 − Φ(2.05196)) = 0.04017.
        // Unpooled SE = sqrt(0.06·0.94/1000 + 0.04·0.96/1000) = sqrt(0.0000948) = 0.0097365;
        // 95 % interval of the uplift: 0.02 ± 1.95996 × 0.0097365 = [0.00092, 0.03908]. Relative lift 0.06/0.04 − 1 = 0.5.
        var t = LiftTest.TwoProportion(60, 1000, 40, 1000);
        Assert.Equal(0.02, t.Uplift!.Value, 12);
        Assert.Equal(0.5, t.RelativeLift!.Value, 12);
        Assert.Equal(2.05196, t.ZScore!.Value, 5);
        Assert.Equal(0.04017, t.PValue!.Value, 5);
        Assert.Equal(0.00092, t.UpliftLower!.Value, 5);
        Assert.Equal(0.03908, t.UpliftUpper!.Value, 5);
        Assert.True(t.IsSignificant(0.05));
        Assert.False(t.IsSignificant(0.01));
    }

    [Fact]
    public void TwoProportion_Symmetric_NegativeZ()
    {
        var t = LiftTest.TwoProportion(40, 1000, 60, 1000);
        Assert.Equal(-2.05196, t.ZScore!.Value, 5);
        Assert.Equal(0.04017, t.PValue!.Value, 5);
    }

    [Fact]
    public void TwoProportion_NoVarianceOrNoControl_HasNoTest()
    {
        var none = LiftTest.TwoProportion(0, 100, 0, 100);
        Assert.Null(none.PValue);
        Assert.Null(none.ZScore);
        Assert.Null(none.RelativeLift);
        Assert.Equal(0d, none.Uplift);
        var noControl = LiftTest.TwoProportion(5, 100, 0, 0);
        Assert.Null(noControl.Uplift);
        Assert.Null(noControl.PValue);
        Assert.False(noControl.IsSignificant(0.05));
    }

    [Fact]
    public void Constructor_MixedConfidence_Throws() =>
        Assert.Throws<ArgumentException>(() => new LiftTest(RateEstimate.Wilson(1, 2, 0.9), RateEstimate.Wilson(1, 2, 0.95)));
}
