namespace Crm.Domain.Customers;

/// <summary>
/// The touchpoints of operational CRM (CRM-CONCEPTS.md §2), completed (issue 16 item 5): where the firm and the
/// customer meet. Grouped by class: face-to-face, then database-driven, then mass media
/// (<see cref="Touchpoints.ClassFor"/>); <see cref="Touchpoints.PlayerFor"/> names who works each one.
/// </summary>
/// <remarks>Unlike <see cref="Channel"/> (the medium of one interaction) a touchpoint is the place or programme of the
/// encounter: a loyalty card, a kiosk, a store, an advertisement. <c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum Touchpoint
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>A sales visit or meeting (face-to-face).</summary>
    Sales,

    /// <summary>A service visit or service desk (face-to-face).</summary>
    Service,

    /// <summary>A channel partner's staff (face-to-face).</summary>
    ChannelPartner,

    /// <summary>An event: a fair, a launch, a seminar (face-to-face).</summary>
    Event,

    /// <summary>A store or branch (face-to-face).</summary>
    Store,

    /// <summary>An in-person promotion or demonstration (face-to-face).</summary>
    Promotion,

    /// <summary>The telephone (database-driven).</summary>
    Telephone,

    /// <summary>E-mail (database-driven).</summary>
    Email,

    /// <summary>Mail (database-driven).</summary>
    Mail,

    /// <summary>SMS (database-driven).</summary>
    Sms,

    /// <summary>Fax (database-driven).</summary>
    Fax,

    /// <summary>A loyalty card, identifying the customer at each purchase (database-driven).</summary>
    LoyaltyCard,

    /// <summary>An ATM (database-driven).</summary>
    Atm,

    /// <summary>A self-service kiosk where the customer identifies themself (database-driven).</summary>
    Kiosk,

    /// <summary>Web self-service: the signed-in customer's portal or account pages (database-driven: the customer is
    /// known from the database). Seed 001 places it among the customer-facing operations.</summary>
    WebSelfService,

    /// <summary>Advertising (mass media).</summary>
    Advertising,

    /// <summary>Public relations (mass media).</summary>
    PublicRelations,

    /// <summary>A public web site, read without signing in (mass media).</summary>
    WebSite,
}
