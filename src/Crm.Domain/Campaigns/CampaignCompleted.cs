using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>A running campaign was completed (<see cref="Campaign.Complete"/>).</summary>
/// <param name="At">When it was completed.</param>
public sealed record CampaignCompleted(Instant At) : CampaignEvent(At);
