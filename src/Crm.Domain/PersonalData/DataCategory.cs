namespace Crm.Domain.PersonalData;

/// <summary>A category of personal data with its own retention rule (<see cref="RetentionRule"/>).</summary>
/// <remarks><c>default</c> (0) is not a category. Every kind of aggregate that erasure reaches
/// (<see cref="PersonalDataHolders"/>) has a category except the account: an account's contacts are links (the
/// person's identifier and roles, no personal data of their own; erasure keeps them too), and the person's data
/// behind a link is the customer's, under <see cref="CustomerProfile"/>.</remarks>
public enum DataCategory
{
    /// <summary>The customer's profile, contact points and interactions; the clock starts when the relationship ends.</summary>
    CustomerProfile = 1,

    /// <summary>Leads; the clock starts when the lead is won or lost.</summary>
    Leads = 2,

    /// <summary>Service cases; the clock starts at the resolution.</summary>
    ServiceCases = 3,

    /// <summary>Complaints; the clock starts when the outcome is decided.</summary>
    Complaints = 4,

    /// <summary>Opportunities; the clock starts when the opportunity closes (won or lost).</summary>
    SalesOpportunities = 5,

    /// <summary>Sales-journal entries (activities and follow-ups, whose notes and purposes hold free text about the
    /// party), per party of a journal; the clock starts at the party's last entry (its last activity or follow-up
    /// completion) and does not run while a follow-up with the party is open.</summary>
    SalesJournalEntries = 6,

    /// <summary>Campaign responses and audience membership (the customers' identifiers beside outcomes); the clock
    /// starts when the campaign completes (or at the last responses recorded after that).</summary>
    CampaignResponses = 7,

    /// <summary>Households (the name may name the family); the clock starts when the last member's relationship
    /// ends and does not run while any member's relationship is ongoing.</summary>
    Households = 8,
}
