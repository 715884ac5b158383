namespace Crm.Domain.Idic.Identify;

/// <summary>A field compared by duplicate detection.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>.</remarks>
public enum MatchField
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Normalised e-mail address, compared exactly.</summary>
    Email,

    /// <summary>E.164 phone number, compared exactly.</summary>
    Phone,

    /// <summary>Given and family name, Jaro–Winkler on matching keys (given/family swaps tolerated).</summary>
    Name,

    /// <summary>Postal address: Jaro–Winkler on street and city, exact postal code.</summary>
    Address,

    /// <summary>An organisation's registry identifier (VAT or company number), compared exactly (account dedupe).</summary>
    Identifier,

    /// <summary>An organisation's web domain, compared exactly (account dedupe).</summary>
    WebDomain,
}
