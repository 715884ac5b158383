using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

using Crm.Domain.Guards;

namespace Crm.Domain.Primitives;

/// <summary>
/// The identifier of a customer (or prospect): an opaque, non-blank string of at most 128 characters, compared
/// ordinally.
/// </summary>
/// <remarks>The library never parses an identifier; keep whatever key the host system uses (a GUID, a number, an
/// external reference). <c>default(CustomerId)</c> has no value (<see cref="IsDefault"/>) and is refused wherever a
/// customer must be named. This type is an immutable value and is thread-safe.</remarks>
[JsonConverter(typeof(CustomerIdJsonConverter))]
public readonly record struct CustomerId : IComparable<CustomerId>, IDefaultable
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 128;

    private readonly string? _value;

    private CustomerId(string value) => _value = value;

    /// <summary>The identifier text; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(CustomerId)</c>.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, blank or longer than <see cref="MaxLength"/>.</exception>
    public static CustomerId Of(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        if (value.Length > MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value.Length, $"{nameof(value)} must be at most {MaxLength} characters; it was {value.Length}.");
        }

        return new CustomerId(value);
    }

    /// <summary>Tries to create an identifier; false if the text is blank or too long.</summary>
    public static bool TryCreate([NotNullWhen(true)] string? value, out CustomerId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
        {
            return false;
        }

        id = new CustomerId(value);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(CustomerId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <(CustomerId left, CustomerId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >(CustomerId left, CustomerId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <=(CustomerId left, CustomerId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >=(CustomerId left, CustomerId right) => left.CompareTo(right) >= 0;
}
