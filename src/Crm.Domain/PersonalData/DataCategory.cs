namespace Crm.Domain.PersonalData;

/// <summary>A category of personal data with its own retention rule (<see cref="RetentionRule"/>).</summary>
/// <remarks><c>default</c> (0) is not a category.</remarks>
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
}
