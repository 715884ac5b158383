using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>The audience of a draft or scheduled campaign was set or replaced (<see cref="Campaign.WithAudience"/>).</summary>
/// <param name="At">When the audience was set (the selection itself carries <see cref="CampaignAudience.SelectedAt"/>).</param>
/// <param name="Audience">The selected audience, every treated and control member included.</param>
public sealed record CampaignAudienceSet(Instant At, CampaignAudience Audience) : CampaignEvent(At);
