namespace Crm.Domain.Sales;

/// <summary>Whether a sales activity is against a customer (a person), a lead or an account (an organisation).</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum SalesPartyKind
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>An existing customer.</summary>
    Customer,

    /// <summary>A lead (a prospect not yet a customer).</summary>
    Lead,

    /// <summary>An account (an organisation, <see cref="Accounts.Account"/>): B2B opportunities hang on the account,
    /// the people at it are its contacts.</summary>
    Account,
}
