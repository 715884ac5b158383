namespace Crm.Domain.Accounts;

/// <summary>The part a contact (a person, a <see cref="Customers.Customer"/>) plays at an account: the buying-centre
/// roles of B2B selling (Webster and Wind's buying centre: users, influencers, buyers, deciders, gatekeepers) and
/// the roles CRM products add (economic buyer, champion, billing, technical).</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum ContactRole
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>Makes the buying decision.</summary>
    DecisionMaker,

    /// <summary>Owns the budget and signs.</summary>
    EconomicBuyer,

    /// <summary>Shapes the decision without making it.</summary>
    Influencer,

    /// <summary>Sells for us inside the account.</summary>
    Champion,

    /// <summary>Judges the technical fit.</summary>
    Technical,

    /// <summary>Receives and pays the invoices.</summary>
    Billing,

    /// <summary>Uses the product.</summary>
    User,

    /// <summary>Controls access to the others.</summary>
    Gatekeeper,
}
