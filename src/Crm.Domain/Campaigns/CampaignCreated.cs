using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>A draft campaign was created (<see cref="Campaign.Create"/>); always the first event of a history.</summary>
/// <param name="At">When the campaign was created.</param>
/// <param name="CampaignId">The campaign identifier (non-blank).</param>
/// <param name="Name">The campaign name (non-blank).</param>
/// <param name="Currency">The currency of every offer, cost and conversion value (not default).</param>
public sealed record CampaignCreated(Instant At, string CampaignId, [property: NotPersonal("a campaign's title")] string Name, Currency Currency) : CampaignEvent(At);
