using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>The domain event of a campaign transition, and one entry of its history.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="At">When the transition happened.</param>
public sealed record CampaignStateChanged(string CampaignId, CampaignState From, CampaignState To, Instant At);
