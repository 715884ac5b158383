using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Primitives;

namespace Crm.Domain.Customers;

/// <summary>
/// A postal address, normalised: white space collapsed, postal code and country code upper-cased. The country is an
/// ISO 3166-1 alpha-2 code (two letters A–Z).
/// </summary>
/// <remarks>Personal data: <see cref="ToString"/> is redacted and refusals do not echo the text. Equality is ordinal
/// on the normalised parts. Immutable and thread-safe.</remarks>
public sealed class PostalAddress : IEquatable<PostalAddress>
{
    /// <summary>The longest part accepted.</summary>
    public const int MaxPartLength = 200;

    [JsonConstructor]
    internal PostalAddress(string street, string postalCode, string city, string countryCode)
    {
        Guard.Against.NullOrWhiteSpace(street);
        Guard.Against.Null(postalCode);
        Guard.Against.NullOrWhiteSpace(city);
        Guard.Against.NullOrWhiteSpace(countryCode);
        var cc = countryCode.Trim().ToUpperInvariant();
        if (cc.Length != 2 || !char.IsAsciiLetterUpper(cc[0]) || !char.IsAsciiLetterUpper(cc[1]))
        {
            throw new ArgumentException($"{nameof(countryCode)} must be an ISO 3166-1 alpha-2 code (two letters A-Z); the value given (not shown: part of an address) was not.", nameof(countryCode));
        }

        Street = Part(street, nameof(street));
        PostalCode = Part(postalCode, nameof(postalCode)).ToUpperInvariant();
        City = Part(city, nameof(city));
        CountryCode = cc;
    }

    /// <summary>The street line (house number, street, building), normalised.</summary>
    [Personal]
    public string Street { get; }

    /// <summary>The postal code, upper case (may be empty where a country has none).</summary>
    [Personal]
    public string PostalCode { get; }

    /// <summary>The city or locality.</summary>
    [Personal]
    public string City { get; }

    /// <summary>The ISO 3166-1 alpha-2 country code, upper case.</summary>
    [NotPersonal("an ISO 3166-1 country code, shared by a whole country")]
    public string CountryCode { get; }

    /// <summary>The street as a matching key: lower case, diacritics and punctuation removed.</summary>
    [JsonIgnore]
    [Personal]
    public string StreetKey => TextNormalization.MatchKey(Street);

    /// <summary>Creates a normalised address.</summary>
    /// <exception cref="ArgumentException">A part is blank (the postal code may be empty) or too long, or the country is not two letters.</exception>
    public static PostalAddress Create(string street, string postalCode, string city, string countryCode) =>
        new(street, postalCode, city, countryCode);

    private static string Part(string text, string name)
    {
        var s = TextNormalization.CollapseWhiteSpace(text);
        return s.Length <= MaxPartLength
            ? s
            : throw new ArgumentOutOfRangeException(name, s.Length, $"{name} must be at most {MaxPartLength} characters; it had {s.Length}.");
    }

    /// <inheritdoc />
    public bool Equals(PostalAddress? other) =>
        other is not null
        && string.Equals(Street, other.Street, StringComparison.Ordinal)
        && string.Equals(PostalCode, other.PostalCode, StringComparison.Ordinal)
        && string.Equals(City, other.City, StringComparison.Ordinal)
        && string.Equals(CountryCode, other.CountryCode, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PostalAddress);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Street, PostalCode, City, CountryCode);

    /// <summary>Redacted: personal data never appears in diagnostic text.</summary>
    public override string ToString() => "[address redacted]";

    /// <summary>The normalised address on one line, <c>street, postal code city, country</c>. Personal data.</summary>
    public string ToSingleLine() => $"{Street}, {PostalCode} {City}, {CountryCode}";

    /// <summary>Equality.</summary>
    public static bool operator ==(PostalAddress? left, PostalAddress? right) => left?.Equals(right) ?? right is null;

    /// <summary>Inequality.</summary>
    public static bool operator !=(PostalAddress? left, PostalAddress? right) => !(left == right);
}
