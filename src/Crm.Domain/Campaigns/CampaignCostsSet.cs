using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>The costs of a draft or scheduled campaign were set (<see cref="Campaign.WithCosts"/>).</summary>
/// <param name="At">When the costs were set.</param>
/// <param name="FixedCost">Costs independent of the audience size, &gt;= 0, in the campaign's currency.</param>
/// <param name="CostPerContact">Cost of contacting one treated member, &gt;= 0, in the campaign's currency.</param>
public sealed record CampaignCostsSet(Instant At, Money FixedCost, Money CostPerContact) : CampaignEvent(At);
