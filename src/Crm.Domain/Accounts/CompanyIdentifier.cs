using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Accounts;

/// <summary>
/// A registry identifier of an organisation (a VAT number, a company number), normalised and checked where a
/// standard check exists (see <see cref="CompanyIdentifierKind"/> and <see cref="Vat"/>).
/// </summary>
/// <remarks>Equality compares the kind and the normalised value (ordinal), so <c>"de 136 695 976"</c> and
/// <c>"DE136695976"</c> are one identifier. <c>default</c> has kind <see cref="CompanyIdentifierKind.Unknown"/> and is
/// refused by <see cref="Account"/>. JSON: <c>{"kind":"Vat","value":"DE136695976"}</c>, checked on reading.
/// Immutable and thread-safe.</remarks>
public readonly record struct CompanyIdentifier
{
    /// <summary>Creates an identifier of <paramref name="kind"/>; prefer <see cref="Vat"/>, <see cref="UkCompanyNumber"/> or <see cref="Other"/>.</summary>
    /// <exception cref="ArgumentException">The kind is unknown, the value blank, or the value fails its kind's format or check digit.</exception>
    [JsonConstructor]
    public CompanyIdentifier(CompanyIdentifierKind kind, string value)
    {
        Kind = Guard.Against.UndefinedEnum(kind);
        Guard.Against.NullOrWhiteSpace(value);
        Value = kind switch
        {
            CompanyIdentifierKind.Vat => VatNumbers.Normalise(value),
            CompanyIdentifierKind.UkCompanyNumber => UkCompanyNumbers.Normalise(value),
            _ => Guard.Against.InvalidIdentifier(value, "registry number"),
        };
    }

    /// <summary>The kind, which decided the check.</summary>
    public CompanyIdentifierKind Kind { get; }

    /// <summary>The normalised value: upper case without spaces, dots or dashes for VAT and company numbers; empty for <c>default</c>.</summary>
    [NotPersonal("a company register number")]
    public string Value => field ?? string.Empty;

    /// <summary>A VAT number with its country prefix, e.g. <c>DE 136 695 976</c>.</summary>
    /// <exception cref="ArgumentException">Unknown country prefix, a body that does not fit the country's format, or a wrong check digit (BE, DE, FR, IT).</exception>
    public static CompanyIdentifier Vat(string value) => new(CompanyIdentifierKind.Vat, value);

    /// <summary>A UK Companies House number, e.g. <c>00445790</c> or <c>SC123456</c>.</summary>
    /// <exception cref="ArgumentException">Not eight characters of digits or a known prefix and six digits.</exception>
    public static CompanyIdentifier UkCompanyNumber(string value) => new(CompanyIdentifierKind.UkCompanyNumber, value);

    /// <summary>Any other registry number, kept as given (1–64 letters, digits, '.', '-', '_').</summary>
    /// <exception cref="ArgumentException">Blank, too long or another character.</exception>
    public static CompanyIdentifier Other(string value) => new(CompanyIdentifierKind.Other, value);

    /// <summary>True when <paramref name="value"/> is a valid identifier of <paramref name="kind"/> (no exception).</summary>
    public static bool IsValid(CompanyIdentifierKind kind, string? value)
    {
        if (kind == CompanyIdentifierKind.Unknown || !Enum.IsDefined(kind) || string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        try
        {
            _ = new CompanyIdentifier(kind, value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Value}";
}
