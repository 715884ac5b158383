namespace Crm.Domain.Customers;

/// <summary>The class of a touchpoint (CRM-CONCEPTS.md §2).</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum TouchpointClass
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>Face-to-face: sales, service, channel partners, events, stores, promotions.</summary>
    FaceToFace,

    /// <summary>Database-driven: telephone, e-mail, mail, SMS, fax, loyalty cards, ATMs.</summary>
    DatabaseDriven,

    /// <summary>Mass media: advertising, PR, web sites.</summary>
    MassMedia,
}
