namespace Crm.Domain.Acquisition;

/// <summary>A stage of the acquisition funnel: suspect → enquiry → qualified → opportunity → won, or lost.</summary>
/// <remarks>The order of the members is the funnel's order. <c>default</c> is <see cref="Suspect"/>.</remarks>
public enum FunnelStage
{
    /// <summary>A suspect: in the target market, no interest shown yet.</summary>
    Suspect = 0,

    /// <summary>Has enquired.</summary>
    Enquiry,

    /// <summary>Qualified: need, budget and authority confirmed.</summary>
    Qualified,

    /// <summary>A sales opportunity is being worked.</summary>
    Opportunity,

    /// <summary>Won: became a customer (final).</summary>
    Won,

    /// <summary>Lost, with a reason; may be recycled to Suspect.</summary>
    Lost,
}
