using Crm.Domain.Primitives;
using Crm.Domain.Tests.Arbitraries;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Primitives;

public class MoneyTests
{
    [Fact]
    public void Plus_SameCurrency_AddsAmounts() =>
        Assert.Equal(Money.Of(15.75m, "EUR"), Money.Of(10.50m, "EUR") + Money.Of(5.25m, "eur"));

    [Fact]
    public void Plus_MixedCurrencies_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Of(1m, "EUR") + Money.Of(1m, "USD"));
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_MixedCurrencies_Throws() =>
        Assert.Throws<ArgumentException>(() => Money.Of(1m, "EUR") < Money.Of(2m, "USD"));

    [Fact]
    public void Of_DefaultCurrency_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Of(1m, default(Currency)));
        Assert.Equal("currency", ex.ParamName);
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("EUR1")]
    [InlineData("E1R")]
    [InlineData("")]
    public void Currency_Malformed_ThrowsWithValue(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.Of(code));
        Assert.Contains($"'{code}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DividedBy_Zero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, "EUR") / 0m);

    [Fact]
    public void Round_UsesExplicitMidpointRule()
    {
        Assert.Equal(Money.Of(2.12m, "EUR"), Money.Of(2.125m, "EUR").Round(2, MidpointRounding.ToEven));
        Assert.Equal(Money.Of(2.13m, "EUR"), Money.Of(2.125m, "EUR").Round(2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Equality_IgnoresTrailingZeros() => Assert.Equal(Money.Of(1.0m, "EUR"), Money.Of(1.00m, "EUR"));

    [Property(Arbitrary = [typeof(PrimitiveArbitraries)])]
    public bool Addition_IsCommutativeWithinCurrency(Money a, decimal b) =>
        a + Money.Of(b, a.Currency) == Money.Of(b, a.Currency) + a;

    [Property(Arbitrary = [typeof(PrimitiveArbitraries)])]
    public bool EqualsAndHashCode_Agree(Money a, Money b) => !a.Equals(b) || a.GetHashCode() == b.GetHashCode();
}
