using Crm.Domain.Primitives;
using Crm.Domain.Tests.Arbitraries;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Primitives;

public class RatioTests
{
    [Fact]
    public void Value_KeepsNumeratorAndDenominator()
    {
        var r = Ratio.Of(412, 500);
        Assert.Equal(412, r.Numerator);
        Assert.Equal(500, r.Denominator);
        Assert.Equal(0.824, r.Value!.Value, 12);
        Assert.Equal("412/500 (82.4 %)", r.ToString());
    }

    [Fact]
    public void Value_NoDenominator_IsNoData()
    {
        Assert.False(Ratio.Empty.HasValue);
        Assert.Null(Ratio.Empty.Value);
        Assert.False(Ratio.Of(0, 0).TryGetValue(out _));
        Assert.Equal(-1d, Ratio.Empty.ValueOr(-1d));
    }

    [Fact]
    public void Of_Negative_ThrowsNamingParameterAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(-3, 5));
        Assert.Equal("numerator", ex.ParamName);
        Assert.Contains("-3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_NumeratorAboveDenominator_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Rate(6, 5));
        Assert.Contains("[0, 5]", ex.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(PrimitiveArbitraries)])]
    public bool Combine_IsAssociativeAndCommutative(Ratio a, Ratio b, Ratio c) =>
        (a + b) + c == a + (b + c) && a + b == b + a && a + Ratio.Empty == a;

    [Property(Arbitrary = [typeof(PrimitiveArbitraries)])]
    public bool Rate_StaysInUnitInterval(Ratio r) =>
        !r.HasValue || r.Numerator > r.Denominator || r.Value is >= 0d and <= 1d;
}
