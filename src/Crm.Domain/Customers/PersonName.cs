using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Customers;

/// <summary>A person's (or organisation's) name: given names (may be empty) and family name, white space collapsed.</summary>
/// <remarks>Personal data: <see cref="ToString"/> is redacted. Equality is ordinal on the normalised parts (case
/// kept as written; duplicate detection compares <see cref="GivenKey"/> and <see cref="FamilyKey"/>). Immutable and
/// thread-safe.</remarks>
public sealed class PersonName : IEquatable<PersonName>
{
    /// <summary>The longest part accepted.</summary>
    public const int MaxPartLength = 100;

    [JsonConstructor]
    internal PersonName(string given, string family)
    {
        Guard.Against.Null(given);
        Guard.Against.NullOrWhiteSpace(family);
        Given = TextNormalization.CollapseWhiteSpace(given);
        Family = TextNormalization.CollapseWhiteSpace(family);
        Guard.Against.TooLong(Given, MaxPartLength, nameof(given));
        Guard.Against.TooLong(Family, MaxPartLength, nameof(family));
        Guard.Against.InvalidUnicode(given);
        Guard.Against.InvalidUnicode(family);
    }

    /// <summary>Given name(s); empty for an organisation or a mononym.</summary>
    [Personal]
    public string Given { get; }

    /// <summary>Family name (or organisation name); never blank.</summary>
    [Personal]
    public string Family { get; }

    /// <summary>Given and family name on one line. Personal data.</summary>
    [JsonIgnore]
    [Personal]
    public string Full => Given.Length == 0 ? Family : $"{Given} {Family}";

    /// <summary>The given name as a matching key (lower case, no diacritics or punctuation).</summary>
    [JsonIgnore]
    [Personal]
    public string GivenKey => TextNormalization.MatchKey(Given);

    /// <summary>The family name as a matching key (lower case, no diacritics or punctuation).</summary>
    [JsonIgnore]
    [Personal]
    public string FamilyKey => TextNormalization.MatchKey(Family);

    /// <summary>Creates a name.</summary>
    /// <exception cref="ArgumentException">The family name is blank, a part is longer than <see cref="MaxPartLength"/>, or
    /// a part is not well-formed Unicode (an unpaired surrogate, which has no matching key).</exception>
    public static PersonName Create(string given, string family) => new(given, family);

    /// <inheritdoc />
    public bool Equals(PersonName? other) =>
        other is not null && string.Equals(Given, other.Given, StringComparison.Ordinal) && string.Equals(Family, other.Family, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonName);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Given, Family);

    /// <summary>Redacted: personal data never appears in diagnostic text.</summary>
    public override string ToString() => "[name redacted]";

    /// <summary>Equality.</summary>
    public static bool operator ==(PersonName? left, PersonName? right) => left?.Equals(right) ?? right is null;

    /// <summary>Inequality.</summary>
    public static bool operator !=(PersonName? left, PersonName? right) => !(left == right);
}
