using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>A draft campaign was scheduled (<see cref="Campaign.Schedule"/>).</summary>
/// <param name="At">When it was scheduled.</param>
/// <param name="PlannedStart">The planned start, not before <paramref name="At"/>.</param>
public sealed record CampaignScheduled(Instant At, Instant PlannedStart) : CampaignEvent(At);
