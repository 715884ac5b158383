namespace Crm.Domain.Customers;

/// <summary>Whether an audited operation was allowed.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum AuditOutcome
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>Allowed and applied.</summary>
    Allowed,

    /// <summary>Refused by the data-access policy; nothing changed.</summary>
    Denied,
}
