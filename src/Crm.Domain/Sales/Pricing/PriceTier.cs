using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Sales.Pricing;

/// <summary>One step of a volume price: from <see cref="MinQuantity"/> units on, each unit costs <see cref="UnitPrice"/>.</summary>
/// <remarks>Value equality; immutable and thread-safe.</remarks>
public sealed record PriceTier
{
    /// <summary>Creates a tier.</summary>
    /// <exception cref="ArgumentException">A negative quantity, or a default or negative price.</exception>
    [JsonConstructor]
    public PriceTier(decimal minQuantity, Money unitPrice)
    {
        MinQuantity = Guard.Against.NegativeValue(minQuantity);
        UnitPrice = Guard.Against.NegativeAmount(unitPrice);
    }

    /// <summary>The smallest quantity (in the product's unit, &gt;= 0) this price applies to.</summary>
    public decimal MinQuantity { get; }

    /// <summary>The price of one unit from <see cref="MinQuantity"/> on (&gt;= 0).</summary>
    public Money UnitPrice { get; }
}
