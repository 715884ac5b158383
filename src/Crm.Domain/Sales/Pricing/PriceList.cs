using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales.Pricing;

/// <summary>
/// The prices of products in one currency, each with validity periods and volume tiers.
/// </summary>
/// <remarks>
/// <para>Every entry is in <see cref="Currency"/>; the periods of one SKU never overlap, so a product has at most one
/// price on any date. Prices are used as given (no rounding at lookup): a line rounds its totals (see
/// <see cref="LineItem"/>, <see cref="CurrencyRounding"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PriceList
{
    /// <summary>Creates a price list.</summary>
    /// <exception cref="ArgumentException">An invalid id, a blank or over-long name, a default currency, a default
    /// list or a null entry, an entry in another currency, or two entries of one SKU whose periods overlap.</exception>
    [JsonConstructor]
    public PriceList(string id, string name, Currency currency, ImmutableArray<PriceListEntry> entries)
    {
        Id = Guard.Against.InvalidIdentifier(id, "price list");
        Guard.Against.NullOrWhiteSpace(name);
        Name = Guard.Against.TooLong(name, Product.MaxNameLength)!;
        Currency = Guard.Against.Uninitialized(currency, !currency.IsDefault);
        Guard.Against.DefaultArray(entries);
        var bySku = new Dictionary<string, List<PriceListEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Guard.Against.NullElement(entry, nameof(entries));
            if (entry.Currency != currency)
            {
                throw new ArgumentException($"entries must be in {currency}; {entry.Sku} is in {entry.Currency}.", nameof(entries));
            }

            if (!bySku.TryGetValue(entry.Sku, out var same))
            {
                bySku[entry.Sku] = same = [];
            }

            if (same.FirstOrDefault(entry.Overlaps) is { } clash)
            {
                throw new ArgumentException($"entries of {entry.Sku} overlap: {clash.ValidFrom:uuuu-MM-dd}..{clash.ValidTo:uuuu-MM-dd} and {entry.ValidFrom:uuuu-MM-dd}..{entry.ValidTo:uuuu-MM-dd}.", nameof(entries));
            }

            same.Add(entry);
        }

        Entries = entries;
    }

    /// <summary>The price list identifier.</summary>
    public string Id { get; }

    /// <summary>Its name (such as <c>Europe 2027</c>).</summary>
    public string Name { get; }

    /// <summary>The currency of every price.</summary>
    public Currency Currency { get; }

    /// <summary>The entries, in the order given.</summary>
    public ImmutableArray<PriceListEntry> Entries { get; }

    /// <summary>The entry of <paramref name="sku"/> valid on <paramref name="on"/>, or null if it has no price then.</summary>
    /// <exception cref="ArgumentException">An invalid SKU.</exception>
    public PriceListEntry? EntryFor(string sku, LocalDate on)
    {
        var key = Product.NormaliseSku(sku);
        foreach (var entry in Entries)
        {
            if (entry.Sku == key && entry.IsValidOn(on))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The unit price of <paramref name="quantity"/> units of <paramref name="product"/> on <paramref name="on"/>
    /// (the volume tier for that quantity).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    /// <exception cref="ArgumentException">The product is inactive or has no price on that date, or the quantity is not positive or below the first tier.</exception>
    public Money PriceOf(Product product, decimal quantity, LocalDate on)
    {
        Guard.Against.Null(product);
        if (!product.IsActive)
        {
            throw new ArgumentException($"product {product.Sku} is inactive and cannot be priced.", nameof(product));
        }

        var entry = EntryFor(product.Sku, on)
            ?? throw new ArgumentException($"price list {Id} has no price for {product.Sku} on {on:uuuu-MM-dd}.", nameof(product));
        return entry.UnitPriceFor(quantity);
    }

    /// <summary>
    /// A line for <paramref name="quantity"/> units of <paramref name="product"/> at this list's price on
    /// <paramref name="on"/>, with <paramref name="discount"/> granted by <paramref name="role"/> within
    /// <paramref name="limits"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The product or the limits are null.</exception>
    /// <exception cref="ArgumentException">An invalid line id, an inactive or unpriced product, a quantity that is not
    /// positive, a discount more than the gross amount, or a discount above the role's limit.</exception>
    public LineItem Line(string lineId, Product product, decimal quantity, LocalDate on, Discount discount, Role role, DiscountLimits limits)
    {
        Guard.Against.Null(limits);
        var unitPrice = PriceOf(product, quantity, on);
        var line = new LineItem(lineId, product.Sku, quantity, unitPrice, discount);
        limits.Ensure(role, discount, line.Gross);
        return line;
    }
}
