using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Sales.Pricing;

/// <summary>A product or service that can be priced and quoted: its SKU, name, unit of measure and whether it can be
/// sold now.</summary>
/// <remarks>A SKU is 1–<see cref="MaxSkuLength"/> characters of upper-case ASCII letters, digits, '-', '_' and '.',
/// starting with a letter or digit (lower case is upper-cased). An inactive product keeps its prices but
/// <see cref="PriceList.PriceOf"/> refuses it. Value equality; immutable and thread-safe.</remarks>
public sealed partial record Product
{
    /// <summary>The longest SKU accepted.</summary>
    public const int MaxSkuLength = 40;

    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Creates a product, validating every value.</summary>
    /// <exception cref="ArgumentException">An invalid SKU, a blank or over-long name, or an undefined or unknown unit.</exception>
    [JsonConstructor]
    public Product(string sku, string name, UnitOfMeasure unit, bool isActive = true)
    {
        Sku = NormaliseSku(sku);
        Guard.Against.NullOrWhiteSpace(name);
        Name = Guard.Against.TooLong(name, MaxNameLength)!;
        Unit = Guard.Against.UndefinedEnum(unit);
        IsActive = isActive;
    }

    /// <summary>The stock-keeping unit, upper case.</summary>
    public string Sku { get; }

    /// <summary>The product's name as quoted to the customer.</summary>
    public string Name { get; }

    /// <summary>The unit quantities are counted in.</summary>
    public UnitOfMeasure Unit { get; }

    /// <summary>True while it can be sold.</summary>
    public bool IsActive { get; }

    /// <summary>The same product, no longer sold.</summary>
    public Product Deactivate() => new(Sku, Name, Unit, false);

    /// <summary>The SKU as stored (upper case), after checking its shape.</summary>
    /// <exception cref="ArgumentException">The SKU is blank, too long, or has a character outside the allowed set.</exception>
    public static string NormaliseSku(string sku)
    {
        Guard.Against.NullOrWhiteSpace(sku);
        var upper = sku.ToUpperInvariant();
        if (upper.Length > MaxSkuLength || !SkuPattern().IsMatch(upper))
        {
            throw new ArgumentException($"sku must be 1-{MaxSkuLength} letters, digits, '-', '_' or '.', starting with a letter or digit; it was '{sku}'.", nameof(sku));
        }

        return upper;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Sku} {Name} (per {Unit}{(IsActive ? string.Empty : ", inactive")})";

    [GeneratedRegex("^[A-Z0-9][A-Z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SkuPattern();
}
