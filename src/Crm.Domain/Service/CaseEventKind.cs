namespace Crm.Domain.Service;

/// <summary>What happened to a <see cref="ServiceCase"/>, as recorded in its history.</summary>
public enum CaseEventKind
{
    /// <summary>The case was opened.</summary>
    Opened = 0,

    /// <summary>An agent responded to the customer.</summary>
    Responded,

    /// <summary>The case now waits on the customer (SLA clock paused).</summary>
    WaitingOnCustomer,

    /// <summary>The customer answered; work resumes (SLA clock runs again).</summary>
    Resumed,

    /// <summary>The case was escalated one level.</summary>
    Escalated,

    /// <summary>The case was resolved.</summary>
    Resolved,

    /// <summary>A resolved case was reopened.</summary>
    Reopened,

    /// <summary>The case was closed.</summary>
    Closed,
}
