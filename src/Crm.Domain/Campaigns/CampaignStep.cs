namespace Crm.Domain.Campaigns;

/// <summary>The result of a campaign transition: the new campaign and the event it raised.</summary>
/// <param name="Campaign">The campaign after the transition (the original is unchanged).</param>
/// <param name="Event">The transition, also appended to <see cref="Campaigns.Campaign.History"/>.</param>
public sealed record CampaignStep(Campaign Campaign, CampaignStateChanged Event);
