using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Primitives;

public class ProbabilityTests
{
    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Of_OutsideUnitInterval_Throws(double value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Probability.Of(value));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("[0, 1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clamped_RoundingErrorAboveOne_IsOne() => Assert.Equal(Probability.One, Probability.Clamped(1.0000000002));

    [Fact]
    public void Complement_And_Percentage() 
    {
        Assert.Equal(0.25, Probability.Of(0.75).Complement.Value, 15);
        Assert.Equal(75d, Probability.Of(0.75).ToPercentage().Points, 12);
    }

    [Fact]
    public void CustomerId_BlankOrTooLong_Throws()
    {
        Assert.Throws<ArgumentException>(() => CustomerId.Of(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerId.Of(new string('x', CustomerId.MaxLength + 1)));
        Assert.True(CustomerId.Of("a") < CustomerId.Of("b"));
    }
}
