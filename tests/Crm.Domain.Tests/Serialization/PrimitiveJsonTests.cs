using Crm.Domain.Primitives;
using Crm.Domain.Tests.Arbitraries;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Serialization;

public class PrimitiveJsonTests
{
    [Property(Arbitrary = [typeof(PrimitiveArbitraries)], MaxTest = 200)]
    public bool Money_RoundTrips(Money value) => JsonAssert.RoundTrip(value) == value;

    [Property(Arbitrary = [typeof(PrimitiveArbitraries)], MaxTest = 200)]
    public bool Ratio_RoundTrips(Ratio value) => JsonAssert.RoundTrip(value) == value;

    [Property(Arbitrary = [typeof(PrimitiveArbitraries)], MaxTest = 200)]
    public bool Probability_RoundTrips(Probability value) => JsonAssert.RoundTrip(value) == value;

    [Property(Arbitrary = [typeof(PrimitiveArbitraries)], MaxTest = 100)]
    public bool CustomerId_And_Currency_RoundTrip(CustomerId id, Currency currency) =>
        JsonAssert.RoundTrip(id) == id && JsonAssert.RoundTrip(currency) == currency;

    [Fact]
    public void Percentage_RoundTrips() => Assert.Equal(Percentage.Of(12.5), JsonAssert.RoundTrip(Percentage.Of(12.5)));

    [Fact]
    public void Money_HasReadableShape() =>
        Assert.Equal("""{"amount":12.50,"currency":"EUR"}""", Crm.Domain.Serialization.CrmJson.Serialize(Money.Of(12.50m, "EUR")));

    [Theory]
    [InlineData("""{"amount":1,"currency":"EURO"}""")]
    [InlineData("""{"amount":1}""")]
    [InlineData("""{"amount":"1","currency":"EUR"}""")]
    [InlineData("""{"amount":1,"currency":"EUR","extra":2}""")]
    [InlineData("null")]
    [InlineData("{")]
    public void Money_InvalidJson_ThrowsJsonException(string json) => JsonAssert.Invalid<Money>(json);

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("\"0.5\"")]
    public void Probability_OutOfRange_ThrowsJsonException(string json) => JsonAssert.Invalid<Probability>(json);

    [Theory]
    [InlineData("""{"numerator":-1,"denominator":3}""")]
    [InlineData("""{"numerator":1}""")]
    public void Ratio_Invalid_ThrowsJsonException(string json) => JsonAssert.Invalid<Ratio>(json);

    [Fact]
    public void CustomerId_Blank_ThrowsJsonException() => JsonAssert.Invalid<CustomerId>("\"  \"");
}
