namespace Crm.Domain.Sales;

/// <summary>The stages of a sales opportunity; the last two are closed.</summary>
/// <remarks><c>default</c> is <see cref="Prospecting"/>.</remarks>
public enum OpportunityStage
{
    /// <summary>First contact; need not yet confirmed.</summary>
    Prospecting = 0,

    /// <summary>Need, budget, authority and timing being confirmed.</summary>
    Qualification,

    /// <summary>A proposal or quote has been sent.</summary>
    Proposal,

    /// <summary>Terms being negotiated.</summary>
    Negotiation,

    /// <summary>Closed: won.</summary>
    ClosedWon,

    /// <summary>Closed: lost.</summary>
    ClosedLost,
}
