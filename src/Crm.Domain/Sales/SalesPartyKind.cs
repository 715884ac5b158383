namespace Crm.Domain.Sales;

/// <summary>Whether a sales activity is against a customer or a lead.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum SalesPartyKind
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>An existing customer.</summary>
    Customer,

    /// <summary>A lead (a prospect not yet a customer).</summary>
    Lead,
}
