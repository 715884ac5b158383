using Crm.Domain.Primitives;
using Crm.Domain.Sales.Pricing;

namespace Crm.Domain.Tests.Sales.Pricing;

/// <summary>The rounding rule: ISO 4217 minor units (the standard's exponent column), midpoint away from zero.</summary>
public class CurrencyRoundingTests
{
    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("GBP", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("ISK", 0)]
    [InlineData("BHD", 3)]
    [InlineData("KWD", 3)]
    [InlineData("TND", 3)]
    [InlineData("CLF", 4)]
    [InlineData("XYZ", 2)]
    public void MinorUnits_AreIso4217Exponents(string code, int expected) =>
        Assert.Equal(expected, CurrencyRounding.MinorUnits(Currency.Of(code)));

    [Theory]
    [InlineData("EUR", "2.345", "2.35")]   // to even would give 2.34
    [InlineData("EUR", "0.125", "0.13")]   // to even would give 0.12
    [InlineData("EUR", "-0.125", "-0.13")] // away from zero on both sides
    [InlineData("EUR", "2.344", "2.34")]
    [InlineData("JPY", "2.5", "3")]        // to even would give 2
    [InlineData("JPY", "3.5", "4")]
    [InlineData("BHD", "1.0005", "1.001")] // to even would give 1.000
    [InlineData("CLF", "0.00005", "0.0001")]
    public void Round_IsToTheMinorUnit_MidpointAwayFromZero(string code, string amount, string expected)
    {
        var rounded = CurrencyRounding.Round(Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), code));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded.Amount);
        Assert.True(CurrencyRounding.IsRounded(rounded));
    }

    [Fact]
    public void Defaults_AreRefused()
    {
        Assert.Equal(MidpointRounding.AwayFromZero, CurrencyRounding.Midpoint);
        Assert.ThrowsAny<ArgumentException>(() => CurrencyRounding.MinorUnits(default));
        Assert.ThrowsAny<ArgumentException>(() => CurrencyRounding.Round(default));
        Assert.False(CurrencyRounding.IsRounded(Money.Of(0.001m, "EUR")));
    }
}
