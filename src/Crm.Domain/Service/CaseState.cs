namespace Crm.Domain.Service;

/// <summary>The state of a <see cref="ServiceCase"/>.</summary>
/// <remarks>Open → (WaitingOnCustomer ⇄ Open) → Resolved → Closed; a resolved case can be reopened.
/// <c>default</c> is <see cref="Open"/>.</remarks>
public enum CaseState
{
    /// <summary>Being worked on; the SLA clock runs.</summary>
    Open = 0,

    /// <summary>Waiting on the customer; the SLA clock is paused.</summary>
    WaitingOnCustomer,

    /// <summary>Resolved; the resolution clock stopped. Can be reopened or closed.</summary>
    Resolved,

    /// <summary>Closed; final.</summary>
    Closed,
}
