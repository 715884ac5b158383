namespace Crm.Domain.Idic.Customize;

/// <summary>What happened to an offer for one customer.</summary>
/// <remarks><c>default</c> is <see cref="Recommended"/>.</remarks>
public enum OfferOutcome
{
    /// <summary>Recommended.</summary>
    Recommended = 0,

    /// <summary>The customer does not meet the eligibility criteria.</summary>
    NotEligible,

    /// <summary>The contact policy forbids the offer's channel at this instant.</summary>
    ContactForbidden,

    /// <summary>The expected value is not above the engine's minimum.</summary>
    BelowMinimumValue,

    /// <summary>Eligible and allowed, but the customer already has the maximum number of recommendations.</summary>
    OverLimit,
}
