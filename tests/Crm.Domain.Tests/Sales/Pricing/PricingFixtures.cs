using System.Collections.Immutable;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Sales.Pricing;
using NodaTime;

namespace Crm.Domain.Tests.Sales.Pricing;

/// <summary>The hand-worked B2B catalogue of the pricing and quote tests (and of the Quotes sample): CRM seats with
/// volume tiers, onboarding days at a flat price, and the role limits of a sales team.</summary>
public static class PricingFixtures
{
    public static readonly Product Seat = new("crm-seat", "CRM seat (monthly)", UnitOfMeasure.Month);
    public static readonly Product Onboarding = new("ONBOARD-DAY", "Onboarding workshop", UnitOfMeasure.Day);
    public static readonly Role SalesRole = Role.Of("sales");
    public static readonly Role ManagerRole = Role.Of("sales-manager");

    public static readonly LocalDate Jan1 = new(2027, 1, 1);
    public static readonly LocalDate Dec31 = new(2027, 12, 31);

    public static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    /// <summary>Seats: 49.90 each from 1, 44.90 from 10, 39.90 from 50; onboarding 850.00 a day; all of 2027.</summary>
    public static PriceList Europe2027() => new("EU-2027", "Europe 2027", Currency.Eur,
    [
        new PriceListEntry("CRM-SEAT", Jan1, Dec31, [new PriceTier(1m, Eur(49.90m)), new PriceTier(10m, Eur(44.90m)), new PriceTier(50m, Eur(39.90m))]),
        PriceListEntry.Flat("ONBOARD-DAY", Jan1, Dec31, Eur(850m)),
    ]);

    /// <summary>A salesperson may give up to 10 %, a sales manager up to 25 %.</summary>
    public static DiscountLimits Limits() => new([new DiscountLimit(SalesRole, 10m), new DiscountLimit(ManagerRole, 25m)]);

    /// <summary>25 seats (tier 44.90 → 1,122.50) at 7.5 % off (84.1875 → 84.19): net 1,038.31.</summary>
    public static LineItem Seats() => Europe2027().Line("L1", Seat, 25m, new LocalDate(2027, 3, 1), Discount.Percent(7.5m), SalesRole, Limits());

    /// <summary>3 onboarding days (2,550.00) with 50.00 off: net 2,500.00.</summary>
    public static LineItem Days() => Europe2027().Line("L2", Onboarding, 3m, new LocalDate(2027, 3, 1), Discount.Off(50m), SalesRole, Limits());

    public static ImmutableArray<LineItem> Lines() => [Seats(), Days()];
}
