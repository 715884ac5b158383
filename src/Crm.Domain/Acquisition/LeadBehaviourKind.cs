namespace Crm.Domain.Acquisition;

/// <summary>A kind of behaviour a lead shows, scored with time decay.</summary>
/// <remarks><c>default</c> is <see cref="WebVisit"/>.</remarks>
public enum LeadBehaviourKind
{
    /// <summary>Visited the web site.</summary>
    WebVisit = 0,

    /// <summary>Opened an e-mail.</summary>
    EmailOpen,

    /// <summary>Clicked a link in an e-mail.</summary>
    EmailClick,

    /// <summary>Filled in a form.</summary>
    FormFill,

    /// <summary>Downloaded content.</summary>
    ContentDownload,

    /// <summary>Attended an event or webinar.</summary>
    EventAttended,

    /// <summary>Viewed the pricing page.</summary>
    PricingPageView,

    /// <summary>Requested a demo.</summary>
    DemoRequested,

    /// <summary>Met a salesperson.</summary>
    Meeting,

    /// <summary>Unsubscribed from communications.</summary>
    Unsubscribed,
}
