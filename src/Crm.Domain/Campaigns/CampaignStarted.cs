using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>A scheduled campaign started running: it was sent (<see cref="Campaign.Start"/>).</summary>
/// <param name="At">When it started; responses are recorded from this instant on.</param>
public sealed record CampaignStarted(Instant At) : CampaignEvent(At);
