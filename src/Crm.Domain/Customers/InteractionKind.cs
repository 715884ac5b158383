namespace Crm.Domain.Customers;

/// <summary>What an interaction was about (CRM-CONCEPTS.md §4: orders, support, requests, complaints, interviews,
/// survey responses; plus outbound offers and other contacts).</summary>
/// <remarks><c>default</c> is <see cref="Other"/>.</remarks>
public enum InteractionKind
{
    /// <summary>Any other contact.</summary>
    Other = 0,

    /// <summary>An order placed.</summary>
    Order,

    /// <summary>A support contact.</summary>
    Support,

    /// <summary>A request (information, quote, change).</summary>
    Request,

    /// <summary>A complaint.</summary>
    Complaint,

    /// <summary>An interview (research, sales, account review).</summary>
    Interview,

    /// <summary>A response to a survey.</summary>
    SurveyResponse,

    /// <summary>An offer or marketing message sent to the customer.</summary>
    Offer,
}
