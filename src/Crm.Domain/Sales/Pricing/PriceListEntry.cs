using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales.Pricing;

/// <summary>A product's price in a <see cref="PriceList"/> for one validity period: volume tiers by quantity.</summary>
/// <remarks>
/// <para>Valid from <see cref="ValidFrom"/> to <see cref="ValidTo"/>, both business dates inclusive. The tiers are in
/// strictly increasing <see cref="PriceTier.MinQuantity"/>, all in one currency; a quantity takes the tier with the
/// largest minimum not above it (a volume price: every unit at that tier's price).</para>
/// <para>Value equality compares the tiers by reference. Immutable and thread-safe.</para>
/// </remarks>
public sealed class PriceListEntry
{
    /// <summary>Creates an entry.</summary>
    /// <exception cref="ArgumentException">An invalid SKU, <paramref name="validTo"/> before <paramref name="validFrom"/>,
    /// no tier, a null tier, tiers not in strictly increasing minimum quantity, or tiers in different currencies.</exception>
    [JsonConstructor]
    public PriceListEntry(string sku, LocalDate validFrom, LocalDate validTo, ImmutableArray<PriceTier> tiers)
    {
        Sku = Product.NormaliseSku(sku);
        if (validTo < validFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(validTo), validTo, $"validTo must not be before validFrom ({validFrom:uuuu-MM-dd}).");
        }

        Guard.Against.DefaultArray(tiers);
        if (tiers.IsEmpty)
        {
            throw new ArgumentException("tiers must have at least one tier.", nameof(tiers));
        }

        for (var i = 0; i < tiers.Length; i++)
        {
            Guard.Against.NullElement(tiers[i], nameof(tiers));
            if (i > 0 && (tiers[i].MinQuantity <= tiers[i - 1].MinQuantity || tiers[i].UnitPrice.Currency != tiers[0].UnitPrice.Currency))
            {
                throw new ArgumentException($"tiers must be in strictly increasing minQuantity and one currency; tier {i} ({tiers[i].MinQuantity} at {tiers[i].UnitPrice}) follows {tiers[i - 1].MinQuantity} at {tiers[i - 1].UnitPrice}.", nameof(tiers));
            }
        }

        (ValidFrom, ValidTo, Tiers) = (validFrom, validTo, tiers);
    }

    /// <summary>The product's SKU (upper case).</summary>
    public string Sku { get; }

    /// <summary>The first business date the prices apply (inclusive).</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last business date the prices apply (inclusive).</summary>
    public LocalDate ValidTo { get; }

    /// <summary>The volume tiers, by strictly increasing minimum quantity.</summary>
    public ImmutableArray<PriceTier> Tiers { get; }

    /// <summary>The currency of every tier.</summary>
    [JsonIgnore]
    public Currency Currency => Tiers[0].UnitPrice.Currency;

    /// <summary>A single price for every quantity, valid from <paramref name="validFrom"/> to <paramref name="validTo"/>.</summary>
    public static PriceListEntry Flat(string sku, LocalDate validFrom, LocalDate validTo, Money unitPrice) =>
        new(sku, validFrom, validTo, [new PriceTier(0m, unitPrice)]);

    /// <summary>True when <paramref name="date"/> lies in the validity period.</summary>
    public bool IsValidOn(LocalDate date) => date >= ValidFrom && date <= ValidTo;

    /// <summary>True when the two validity periods share at least one day.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(PriceListEntry other)
    {
        Guard.Against.Null(other);
        return ValidFrom <= other.ValidTo && other.ValidFrom <= ValidTo;
    }

    /// <summary>The unit price for <paramref name="quantity"/> units: the tier with the largest minimum not above it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is not positive, or below the first tier's minimum.</exception>
    public Money UnitPriceFor(decimal quantity)
    {
        Guard.Against.NotStrictlyPositive(quantity);
        for (var i = Tiers.Length - 1; i >= 0; i--)
        {
            if (Tiers[i].MinQuantity <= quantity)
            {
                return Tiers[i].UnitPrice;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"quantity must be at least {Tiers[0].MinQuantity} for {Sku}; it was {quantity}.");
    }
}
