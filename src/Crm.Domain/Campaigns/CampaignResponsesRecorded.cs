using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// Responses of members were recorded, all or none (<see cref="Campaign.Record"/>,
/// <see cref="Campaign.RecordRange"/>): one event per call.
/// </summary>
/// <param name="At">When the campaign learnt of them: the latest response instant of the batch, or the previous
/// event's instant if that is later (responses reported late). Never before any response of the batch.</param>
/// <param name="Responses">The responses, in the order recorded; at least one.</param>
/// <remarks>Responses keep their own instants: a late conversion recorded after the campaign completed is still
/// dated when it happened.</remarks>
public sealed record CampaignResponsesRecorded(Instant At, ImmutableArray<CampaignResponse> Responses) : CampaignEvent(At);
