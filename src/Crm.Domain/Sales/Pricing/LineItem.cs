using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Sales.Pricing;

/// <summary>
/// One priced line of an opportunity or a quote: a quantity of a product at a unit price, less a discount.
/// </summary>
/// <remarks>
/// <para>Amounts: <see cref="Gross"/> is quantity × unit price rounded to the currency's minor unit
/// (<see cref="CurrencyRounding"/>: ISO 4217 minor units, midpoint away from zero); <see cref="DiscountAmount"/> is
/// the discount on that rounded gross, rounded the same way; <see cref="Net"/> is their difference, so it is rounded
/// too. Totals of opportunities and quotes are sums of these rounded nets.</para>
/// <para>The computed amounts are not written to JSON (they follow from the rest). Value equality; immutable and
/// thread-safe.</para>
/// </remarks>
public sealed record LineItem
{
    /// <summary>Creates a line, validating every value.</summary>
    /// <exception cref="ArgumentException">An invalid line id or SKU, a quantity that is not positive, a default or
    /// negative unit price, an amount discount more than the gross amount, or amounts past the range of <see cref="decimal"/>.</exception>
    [JsonConstructor]
    public LineItem(string id, string sku, decimal quantity, Money unitPrice, Discount discount)
    {
        Id = Guard.Against.InvalidIdentifier(id, "line");
        Sku = Product.NormaliseSku(sku);
        Quantity = Guard.Against.NotStrictlyPositive(quantity);
        UnitPrice = Guard.Against.NegativeAmount(unitPrice);
        Discount = discount;
        Gross = CurrencyRounding.Round(unitPrice * quantity);
        DiscountAmount = discount.AmountOff(Gross);
    }

    /// <summary>The line's identifier, unique within its opportunity or quote.</summary>
    public string Id { get; }

    /// <summary>The product's SKU (upper case).</summary>
    public string Sku { get; }

    /// <summary>How many units, in the product's unit of measure (&gt; 0).</summary>
    public decimal Quantity { get; }

    /// <summary>The price of one unit (&gt;= 0), as the price list gave it.</summary>
    public Money UnitPrice { get; }

    /// <summary>The discount on the line.</summary>
    public Discount Discount { get; }

    /// <summary>The line's currency.</summary>
    [JsonIgnore]
    public Currency Currency => UnitPrice.Currency;

    /// <summary>Quantity × unit price, rounded to the currency's minor unit.</summary>
    [JsonIgnore]
    public Money Gross { get; }

    /// <summary>The discount taken off <see cref="Gross"/>, rounded to the currency's minor unit.</summary>
    [JsonIgnore]
    public Money DiscountAmount { get; }

    /// <summary><see cref="Gross"/> less <see cref="DiscountAmount"/>: what the line costs before tax.</summary>
    [JsonIgnore]
    public Money Net => Gross - DiscountAmount;

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Quantity} x {Sku} at {UnitPrice}, {Discount} = {Net}";
}
