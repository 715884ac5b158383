namespace Crm.Domain.Sales.Quotes;

/// <summary>Where a <see cref="Quote"/> stands: draft → presented → accepted, rejected or expired.</summary>
/// <remarks><c>default</c> is <see cref="Draft"/>. The last three are closed.</remarks>
public enum QuoteState
{
    /// <summary>Being prepared (a new revision is a draft again).</summary>
    Draft = 0,

    /// <summary>Sent to the customer, awaiting an answer.</summary>
    Presented,

    /// <summary>Closed: the customer accepted it before it expired.</summary>
    Accepted,

    /// <summary>Closed: the customer declined it.</summary>
    Rejected,

    /// <summary>Closed: its validity ran out unanswered.</summary>
    Expired,
}
