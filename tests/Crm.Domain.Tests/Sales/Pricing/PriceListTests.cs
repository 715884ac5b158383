using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Sales.Pricing;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using NodaTime;
using static Crm.Domain.Tests.Sales.Pricing.PricingFixtures;

namespace Crm.Domain.Tests.Sales.Pricing;

/// <summary>Products, price lists with validity periods and volume tiers, discounts and their role limits: hand-worked.</summary>
public class PriceListTests
{
    private static readonly LocalDate March = new(2027, 3, 1);

    [Fact]
    public void Product_ValidatesTheSku_AndKeepsItUpperCase()
    {
        Assert.Equal("CRM-SEAT", Seat.Sku);
        Assert.Equal(UnitOfMeasure.Month, Seat.Unit);
        Assert.True(Seat.IsActive);
        Assert.False(Seat.Deactivate().IsActive);
        Assert.Equal("A.B_C-9", new Product("a.b_c-9", "x", UnitOfMeasure.Each).Sku);
        Assert.Throws<ArgumentException>(() => new Product("-SEAT", "x", UnitOfMeasure.Each));
        Assert.Throws<ArgumentException>(() => new Product("SE AT", "x", UnitOfMeasure.Each));
        Assert.Throws<ArgumentException>(() => new Product(new string('A', Product.MaxSkuLength + 1), "x", UnitOfMeasure.Each));
        Assert.ThrowsAny<ArgumentException>(() => new Product("SEAT", " ", UnitOfMeasure.Each));
        Assert.ThrowsAny<ArgumentException>(() => new Product("SEAT", "x", UnitOfMeasure.Unknown));
    }

    [Theory]
    [InlineData(1, "49.90")]
    [InlineData(9, "49.90")]
    [InlineData(10, "44.90")]
    [InlineData(49.5, "44.90")]
    [InlineData(50, "39.90")]
    [InlineData(5000, "39.90")]
    public void VolumeTiers_TakeTheLargestMinimumNotAboveTheQuantity(decimal quantity, string expected) =>
        Assert.Equal(Eur(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), Europe2027().PriceOf(Seat, quantity, March));

    [Fact]
    public void Prices_ApplyOnlyInsideTheirPeriod_AndOnlyToActiveProducts()
    {
        var list = Europe2027();
        Assert.NotNull(list.EntryFor("crm-seat", Jan1));
        Assert.NotNull(list.EntryFor("CRM-SEAT", Dec31));
        Assert.Null(list.EntryFor("CRM-SEAT", Jan1.PlusDays(-1)));
        Assert.Throws<ArgumentException>(() => list.PriceOf(Seat, 1m, Dec31.PlusDays(1)));
        Assert.Throws<ArgumentException>(() => list.PriceOf(Seat.Deactivate(), 1m, March));
        Assert.Throws<ArgumentException>(() => list.PriceOf(new Product("OTHER", "x", UnitOfMeasure.Each), 1m, March));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.PriceOf(Seat, 0.5m, March)); // below the first tier (1)
        Assert.Throws<ArgumentOutOfRangeException>(() => list.PriceOf(Seat, 0m, March));
    }

    [Fact]
    public void PeriodsOfOneSku_MustNotOverlap_ButMayTouch()
    {
        var first = PriceListEntry.Flat("X", Jan1, new LocalDate(2027, 6, 30), Eur(10m));
        var next = PriceListEntry.Flat("X", new LocalDate(2027, 7, 1), Dec31, Eur(11m));
        var list = new PriceList("P", "p", Currency.Eur, [first, next]);
        Assert.Equal(Eur(10m), list.EntryFor("X", new LocalDate(2027, 6, 30))!.UnitPriceFor(1m));
        Assert.Equal(Eur(11m), list.EntryFor("X", new LocalDate(2027, 7, 1))!.UnitPriceFor(1m));

        var overlapping = PriceListEntry.Flat("X", new LocalDate(2027, 6, 30), Dec31, Eur(11m));
        var ex = Assert.Throws<ArgumentException>(() => new PriceList("P", "p", Currency.Eur, [first, overlapping]));
        Assert.Contains("overlap", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PriceList("P", "p", Currency.Usd, [first]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceListEntry.Flat("X", Dec31, Jan1, Eur(1m)));
        Assert.Throws<ArgumentException>(() => new PriceListEntry("X", Jan1, Dec31, [new PriceTier(10m, Eur(1m)), new PriceTier(10m, Eur(2m))]));
        Assert.Throws<ArgumentException>(() => new PriceListEntry("X", Jan1, Dec31, [new PriceTier(0m, Eur(1m)), new PriceTier(10m, Money.Of(2m, "USD"))]));
        Assert.Throws<ArgumentException>(() => new PriceListEntry("X", Jan1, Dec31, []));
    }

    [Fact]
    public void Discounts_AreRoundedAndCapped()
    {
        Assert.Equal(Eur(84.19m), Discount.Percent(7.5m).AmountOff(Eur(1122.50m))); // 84.1875
        Assert.Equal(Eur(0.13m), Discount.Percent(12.5m).AmountOff(Eur(1m)));       // 0.125 away from zero
        Assert.Equal(Eur(50m), Discount.Off(50m).AmountOff(Eur(2550m)));
        Assert.Equal(Eur(0m), Discount.None.AmountOff(Eur(2550m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Discount.Off(51m).AmountOff(Eur(50m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Discount.Percent(100.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Discount.Off(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Discount(DiscountKind.None, 1m));
        Assert.Equal(4m, Discount.Off(102m).EffectivePercent(Eur(2550m)));
    }

    [Fact]
    public void RoleLimits_AreInclusive_AndAnUnlistedRoleMayGiveNone()
    {
        var limits = Limits();
        Assert.True(limits.Allows(SalesRole, Discount.Percent(10m), Eur(100m)));
        Assert.False(limits.Allows(SalesRole, Discount.Percent(10.01m), Eur(100m)));
        Assert.True(limits.Allows(ManagerRole, Discount.Percent(25m), Eur(100m)));
        Assert.True(limits.Allows(SalesRole, Discount.Off(10m), Eur(100m)));
        Assert.False(limits.Allows(SalesRole, Discount.Off(11m), Eur(100m)));
        Assert.Equal(0m, limits.MaxPercentFor(Role.Of("support")));
        Assert.True(limits.Allows(Role.Of("support"), Discount.None, Eur(100m)));
        Assert.False(limits.Allows(Role.Of("support"), Discount.Percent(0.5m), Eur(100m)));
        Assert.Throws<ArgumentException>(() => new DiscountLimits([new DiscountLimit(SalesRole, 5m), new DiscountLimit(SalesRole, 6m)]));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Europe2027().Line("L1", Seat, 25m, March, Discount.Percent(15m), SalesRole, limits));
        Assert.Contains("sales", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Eur(168.38m), Europe2027().Line("L1", Seat, 25m, March, Discount.Percent(15m), ManagerRole, limits).DiscountAmount); // 168.375
    }

    [Fact]
    public void Line_IsPricedFromTheList_WithRoundedAmounts()
    {
        var seats = Seats();
        Assert.Equal((25m, Eur(44.90m), Eur(1122.50m), Eur(84.19m), Eur(1038.31m)), (seats.Quantity, seats.UnitPrice, seats.Gross, seats.DiscountAmount, seats.Net));
        var days = Days();
        Assert.Equal((Eur(2550m), Eur(50m), Eur(2500m)), (days.Gross, days.DiscountAmount, days.Net));
        var odd = new LineItem("L9", "X", 3m, Eur(0.115m), Discount.None); // 0.345 → 0.35
        Assert.Equal(Eur(0.35m), odd.Net);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineItem("L9", "X", 0m, Eur(1m), Discount.None));
        Assert.ThrowsAny<ArgumentException>(() => new LineItem("L 9", "X", 1m, Eur(1m), Discount.None));
        Assert.ThrowsAny<ArgumentException>(() => new LineItem("L9", "X", 1m, Eur(-1m), Discount.None));
    }

    [Fact]
    public void Json_RoundTrips_AndComputedAmountsAreNotWritten()
    {
        Assert.Equal(Seats(), JsonAssert.RoundTrip(Seats()));
        var json = CrmJson.Serialize(Seats());
        Assert.DoesNotContain("\"net\":", json, StringComparison.Ordinal);
        Assert.Equal(CrmJson.Serialize(Europe2027()), CrmJson.Serialize(CrmJson.Deserialize<PriceList>(CrmJson.Serialize(Europe2027()))));
        Assert.Equal(CrmJson.Serialize(Limits()), CrmJson.Serialize(CrmJson.Deserialize<DiscountLimits>(CrmJson.Serialize(Limits()))));
        Assert.Equal(Seat, JsonAssert.RoundTrip(Seat));
        Assert.Throws<System.Text.Json.JsonException>(() => CrmJson.Deserialize<Discount>("""{"kind":"Percentage","value":101}"""));
        Assert.Throws<System.Text.Json.JsonException>(() => CrmJson.Deserialize<Product>("""{"sku":"bad sku","name":"x","unit":"Each","isActive":true}"""));
    }
}
