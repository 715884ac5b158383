namespace Crm.Domain.Customers;

/// <summary>The kind of a contact point.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum ContactPointKind
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>An e-mail address (<see cref="EmailAddress"/>).</summary>
    Email,

    /// <summary>A telephone number (<see cref="PhoneNumber"/>), also used for SMS.</summary>
    Phone,

    /// <summary>A postal address (<see cref="PostalAddress"/>).</summary>
    Postal,
}
