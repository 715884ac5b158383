using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Primitives;

/// <summary>
/// An amount of money: a <see cref="decimal"/> amount in one <see cref="Primitives.Currency"/>.
/// </summary>
/// <remarks>
/// <para>Arithmetic and comparison are defined only between amounts in the same currency; mixing currencies throws
/// <see cref="ArgumentException"/> naming both, just as NodaTime refuses to mix calendars. Nothing is rounded
/// implicitly: use <see cref="Round(int, MidpointRounding)"/> at the boundary where rounding belongs.</para>
/// <para>Equality is amount and currency (1.0 EUR equals 1.00 EUR). Ordering is by amount within a currency.</para>
/// <para><c>default(Money)</c> is zero with no currency (<see cref="Currency"/>.<see cref="Currency.IsDefault"/>);
/// it is refused wherever a real amount is needed. This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money : IComparable<Money>, IAmount
{
    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount, in units of <see cref="Currency"/> (not minor units).</summary>
    public decimal Amount { get; }

    /// <summary>The currency of <see cref="Amount"/>.</summary>
    public Currency Currency { get; }

    /// <summary>True when the amount is negative.</summary>
    public bool IsNegative => Amount < 0m;

    // Explicit: the guards (Guard.Against.NegativeAmount) and the JSON writer and reader (which refuse default(Money))
    // need them; the public surface already has Currency.IsDefault.
    bool IDefaultable.IsDefault => Currency.IsDefault;

    string IAmount.Unit => Currency.Code;

    /// <summary>Creates an amount of money.</summary>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public static Money Of(decimal amount, Currency currency)
    {
        Guard.Against.Uninitialized(currency, !currency.IsDefault);
        return new Money(amount, currency);
    }

    /// <summary>Creates an amount of money from an ISO 4217 code.</summary>
    public static Money Of(decimal amount, string currencyCode) => Of(amount, Currency.Of(currencyCode));

    /// <summary>Zero in the given currency.</summary>
    public static Money Zero(Currency currency) => Of(0m, currency);

    /// <summary>The sum of two amounts in the same currency.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sum is past the range of <see cref="decimal"/>.</exception>
    public Money Plus(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(Guard.Against.DecimalOverflow(Amount, '+', other.Amount), Currency);
    }

    /// <summary>The difference of two amounts in the same currency.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The difference is past the range of <see cref="decimal"/>.</exception>
    public Money Minus(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(Guard.Against.DecimalOverflow(Amount, '-', other.Amount), Currency);
    }

    /// <summary>This amount multiplied by a factor.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The product is past the range of <see cref="decimal"/>.</exception>
    public Money Times(decimal factor) => new(Guard.Against.DecimalOverflow(Amount, '*', factor), Currency);

    /// <summary>This amount divided by a non-zero divisor.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is zero, or the quotient is past the range of <see cref="decimal"/>.</exception>
    public Money DividedBy(decimal divisor)
    {
        if (divisor == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(divisor), divisor, "divisor must not be 0.");
        }

        return new Money(Guard.Against.DecimalOverflow(Amount, '/', divisor), Currency);
    }

    /// <summary>The negated amount.</summary>
    public Money Negate() => new(-Amount, Currency);

    /// <summary>Rounds the amount to <paramref name="decimals"/> places with an explicit midpoint rule.</summary>
    public Money Round(int decimals, MidpointRounding mode)
    {
        Guard.Against.OutsideRange(decimals, 0, 28);
        return new Money(Math.Round(Amount, decimals, mode), Currency);
    }

    /// <summary>Compares amounts in the same currency.</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        EnsureSameCurrency(other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Invariant text such as <c>12.50 EUR</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    /// <summary>Sum; the currencies must match.</summary>
    public static Money operator +(Money left, Money right) => left.Plus(right);

    /// <summary>Difference; the currencies must match.</summary>
    public static Money operator -(Money left, Money right) => left.Minus(right);

    /// <summary>Negation.</summary>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Scaling.</summary>
    public static Money operator *(Money left, decimal right) => left.Times(right);

    /// <summary>Scaling.</summary>
    public static Money operator *(decimal left, Money right) => right.Times(left);

    /// <summary>Division by a non-zero scalar.</summary>
    public static Money operator /(Money left, decimal right) => left.DividedBy(right);

    /// <summary>Ordering within one currency.</summary>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Ordering within one currency.</summary>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Ordering within one currency.</summary>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering within one currency.</summary>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private void EnsureSameCurrency(Money other)
    {
        if (Currency != other.Currency)
        {
            throw new ArgumentException($"Cannot mix currencies: {this} and {other}.", nameof(other));
        }
    }
}
