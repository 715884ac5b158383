namespace Crm.Domain.Acquisition;

/// <summary>Where a new customer comes from: the ten acquisition inputs of the CRM process (CRM-CONCEPTS §5a).</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is not one of the ten and is refused where a source is required.</remarks>
public enum LeadSource
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,

    /// <summary>A suspect: someone in the target market who has not yet shown interest.</summary>
    Suspect,

    /// <summary>An enquiry: someone who asked about the company's offer.</summary>
    Enquiry,

    /// <summary>One of our customers who has not bought for a while.</summary>
    LapsedCustomer,

    /// <summary>One of our customers who left.</summary>
    FormerCustomer,

    /// <summary>A competitor's current customer.</summary>
    CompetitorCustomer,

    /// <summary>A competitor's lapsed customer.</summary>
    CompetitorLapsedCustomer,

    /// <summary>Someone who enquired with a competitor.</summary>
    CompetitorEnquiry,

    /// <summary>A competitor's former customer.</summary>
    CompetitorFormerCustomer,

    /// <summary>Someone referred by a customer or partner.</summary>
    Referral,

    /// <summary>An existing customer, for a new product or relationship.</summary>
    ExistingCustomer,
}
