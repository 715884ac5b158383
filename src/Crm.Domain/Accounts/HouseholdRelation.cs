namespace Crm.Domain.Accounts;

/// <summary>How a <see cref="Household"/> member is related to the household's head.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum HouseholdRelation
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>The head itself (exactly one member).</summary>
    Head,

    /// <summary>Spouse of the head.</summary>
    Spouse,

    /// <summary>Partner of the head.</summary>
    Partner,

    /// <summary>Child of the head.</summary>
    Child,

    /// <summary>Parent of the head.</summary>
    Parent,

    /// <summary>Sibling of the head.</summary>
    Sibling,

    /// <summary>Another dependant (a grandchild, a ward).</summary>
    Dependant,

    /// <summary>Another relation (a lodger, a flatmate: a relationship group rather than a family).</summary>
    Other,
}
