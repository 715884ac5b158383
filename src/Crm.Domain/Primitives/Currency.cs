using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Primitives;

/// <summary>
/// An ISO 4217 alphabetic currency code such as <c>EUR</c> or <c>USD</c>.
/// </summary>
/// <remarks>
/// Equality and ordering are ordinal on the three-letter code. The code is validated for shape (three ASCII letters,
/// stored upper-case), not against a list, so newly issued codes work without a library update.
/// <c>default(Currency)</c> has no code (<see cref="IsDefault"/> is true) and is refused wherever a currency is needed.
/// This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly record struct Currency : IComparable<Currency>, IDefaultable
{
    private readonly string? _code;

    private Currency(string code) => _code = code;

    /// <summary>The three upper-case letters of the ISO 4217 code; empty for <c>default</c>.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>True for <c>default(Currency)</c>, which names no currency.</summary>
    public bool IsDefault => _code is null;

    /// <summary>Euro.</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>United States dollar.</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>Pound sterling.</summary>
    public static Currency Gbp { get; } = new("GBP");

    /// <summary>Creates a currency from its ISO 4217 alphabetic code (case-insensitive, stored upper-case).</summary>
    /// <exception cref="ArgumentException">The code is not three ASCII letters.</exception>
    public static Currency Of(string code)
    {
        Guard.Against.Null(code);
        if (!TryParse(code, out var currency))
        {
            throw new ArgumentException($"{nameof(code)} must be a three-letter ISO 4217 code such as EUR; it was '{code}'.", nameof(code));
        }

        return currency;
    }

    /// <summary>Tries to read an ISO 4217 alphabetic code; false if it is not three ASCII letters.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out Currency currency)
    {
        currency = default;
        if (code is null || code.Length != 3)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        currency = new Currency(code.ToUpperInvariant());
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(Currency other) => string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc />
    public override string ToString() => IsDefault ? "(no currency)" : Code;

    /// <summary>Ordinal ordering of the codes.</summary>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering of the codes.</summary>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering of the codes.</summary>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering of the codes.</summary>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;
}
