using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>A completed campaign was marked analysed: its record is final (<see cref="Campaign.MarkAnalysed"/>).</summary>
/// <param name="At">When it was marked analysed.</param>
public sealed record CampaignAnalysed(Instant At) : CampaignEvent(At);
