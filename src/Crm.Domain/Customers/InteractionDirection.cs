namespace Crm.Domain.Customers;

/// <summary>Who started an interaction.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum InteractionDirection
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>The customer reached the company.</summary>
    Inbound,

    /// <summary>The company reached the customer (these count towards contact frequency caps).</summary>
    Outbound,
}
