using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Sales.Pricing;

/// <summary>A discount on one line: none, a percentage of the gross line amount, or an amount off it.</summary>
/// <remarks>
/// <para><see cref="Value"/> is in percent points (0–100) for <see cref="DiscountKind.Percentage"/>, in units of the
/// line's currency (&gt;= 0) for <see cref="DiscountKind.Amount"/>, and 0 for <see cref="DiscountKind.None"/>. The
/// amount taken off (<see cref="AmountOff"/>) is rounded by <see cref="CurrencyRounding"/> and never more than the
/// gross amount.</para>
/// <para><c>default</c> is no discount. Value equality; immutable and thread-safe.</para>
/// </remarks>
public readonly record struct Discount
{
    /// <summary>Creates a discount, validating its value for its kind.</summary>
    /// <exception cref="ArgumentException">An undefined kind; a negative value; a percentage above 100; a value other
    /// than 0 for <see cref="DiscountKind.None"/>.</exception>
    [JsonConstructor]
    public Discount(DiscountKind kind, decimal value)
    {
        Kind = Guard.Against.UndefinedEnum(kind, allowDefault: true);
        Value = kind switch
        {
            DiscountKind.None when value != 0m => throw new ArgumentOutOfRangeException(nameof(value), value, "value must be 0 when the kind is None."),
            DiscountKind.Percentage => Guard.Against.OutsideRange(value, 0m, 100m),
            _ => Guard.Against.NegativeValue(value),
        };
    }

    /// <summary>No discount.</summary>
    public static Discount None => default;

    /// <summary>How the discount is expressed.</summary>
    public DiscountKind Kind { get; }

    /// <summary>Percent points for a percentage, units of the line's currency for an amount, 0 for none.</summary>
    public decimal Value { get; }

    /// <summary>A discount of <paramref name="points"/> percent (0–100).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is outside 0–100.</exception>
    public static Discount Percent(decimal points) => new(DiscountKind.Percentage, points);

    /// <summary>A discount of <paramref name="amount"/> off the line (&gt;= 0, in the line's currency).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static Discount Off(decimal amount) => new(DiscountKind.Amount, amount);

    /// <summary>The amount taken off <paramref name="gross"/>, rounded to the currency's minor unit.</summary>
    /// <exception cref="ArgumentException"><paramref name="gross"/> is default or negative, or an amount discount is
    /// more than <paramref name="gross"/>.</exception>
    public Money AmountOff(Money gross)
    {
        Guard.Against.NegativeAmount(gross);
        var off = Kind switch
        {
            DiscountKind.Percentage => CurrencyRounding.Round(gross * (Value / 100m)),
            DiscountKind.Amount => CurrencyRounding.Round(Money.Of(Value, gross.Currency)),
            _ => Money.Zero(gross.Currency),
        };
        if (off > gross)
        {
            throw new ArgumentOutOfRangeException(nameof(gross), gross.Amount, $"an amount discount of {off} is more than the gross line amount {gross}.");
        }

        return off;
    }

    /// <summary>The discount as percent points of <paramref name="gross"/> (what the role limits compare): the
    /// percentage itself, or the amount off over the gross amount times 100 (0 when the gross amount is 0).</summary>
    /// <exception cref="ArgumentException"><paramref name="gross"/> is default or negative, or an amount discount is more than it.</exception>
    public decimal EffectivePercent(Money gross)
    {
        var off = AmountOff(gross);
        return Kind == DiscountKind.Percentage ? Value : gross.Amount == 0m ? 0m : off.Amount / gross.Amount * 100m;
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        DiscountKind.Percentage => string.Create(CultureInfo.InvariantCulture, $"{Value} % off"),
        DiscountKind.Amount => string.Create(CultureInfo.InvariantCulture, $"{Value} off"),
        _ => "no discount",
    };
}
