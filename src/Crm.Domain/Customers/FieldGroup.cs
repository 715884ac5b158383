namespace Crm.Domain.Customers;

/// <summary>A group of customer data that access rights are granted on.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused. <see cref="Identity"/>, <see cref="Contact"/>
/// and <see cref="Notes"/> hold personal data: the audit trail never shows their values.</remarks>
public enum FieldGroup
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>Name and date of birth (personal data).</summary>
    Identity,

    /// <summary>Contact points, time zone and channel preferences (personal data).</summary>
    Contact,

    /// <summary>Consent records.</summary>
    Consent,

    /// <summary>The interaction timeline.</summary>
    Interactions,

    /// <summary>Financial data (credit limit).</summary>
    Financial,

    /// <summary>Free-text notes (treated as personal data).</summary>
    Notes,
}
