namespace Crm.Domain.Accounts;

/// <summary>The kind of a <see cref="CompanyIdentifier"/>, which decides how its value is checked.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum CompanyIdentifierKind
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>A VAT identification number with its country prefix (EU member states, <c>XI</c> and <c>GB</c>):
    /// the per-country format, and the published check digit where the library implements it.</summary>
    Vat,

    /// <summary>A UK Companies House company registration number: eight characters, digits or a registry prefix and
    /// six digits (Companies House publishes the format, not a check digit).</summary>
    UkCompanyNumber,

    /// <summary>Any other registry number (a DUNS number, a national register entry): 1–64 letters, digits, '.', '-'
    /// or '_', kept as given, not checked.</summary>
    Other,
}
