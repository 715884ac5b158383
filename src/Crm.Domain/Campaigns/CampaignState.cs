namespace Crm.Domain.Campaigns;

/// <summary>The states of a campaign: draft → scheduled → running → completed → analysed.</summary>
/// <remarks><c>default</c> is <see cref="Draft"/>. Offers, audience and costs may change only in
/// <see cref="Draft"/> and <see cref="Scheduled"/>.</remarks>
public enum CampaignState
{
    /// <summary>Being prepared: offers, audience and costs may change.</summary>
    Draft = 0,

    /// <summary>Ready, with a planned start; may still change.</summary>
    Scheduled,

    /// <summary>Started: sent to the treated members; responses are recorded; nothing else may change.</summary>
    Running,

    /// <summary>Closed to new sends; late responses (conversions) are still recorded.</summary>
    Completed,

    /// <summary>Analysed: the record is final.</summary>
    Analysed,
}
