using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Primitives;

/// <summary>
/// The identifier of an <see cref="Accounts.Account"/> (an organisation): an opaque, non-blank string of at most 128
/// characters, compared ordinally, the same rules as <see cref="Primitives.CustomerId"/> (a person's identifier).
/// </summary>
/// <remarks>The library never parses an identifier. <c>default(AccountId)</c> has no value (<see cref="IsDefault"/>)
/// and is refused wherever an account must be named. JSON: a string. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(AccountIdJsonConverter))]
public readonly record struct AccountId : IComparable<AccountId>, IDefaultable
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 128;

    private readonly string? _value;

    private AccountId(string value) => _value = value;

    /// <summary>The identifier text; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(AccountId)</c>.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, blank or longer than <see cref="MaxLength"/>.</exception>
    public static AccountId Of(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        Guard.Against.TooLong(value, MaxLength);
        return new AccountId(value);
    }

    /// <inheritdoc />
    public int CompareTo(AccountId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <(AccountId left, AccountId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >(AccountId left, AccountId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <=(AccountId left, AccountId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >=(AccountId left, AccountId right) => left.CompareTo(right) >= 0;
}
