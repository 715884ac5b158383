using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// One entry of a <see cref="Campaign"/>'s history: every change of a campaign (creation, offers, audience, costs,
/// transitions, responses) is one of these, so the whole campaign replays from its events
/// (<see cref="Campaign.FromHistory"/>).
/// </summary>
/// <param name="At">When the change happened; never before the previous event's instant.</param>
/// <remarks>
/// <para>Events are plain, immutable records carrying the inputs of the change. JSON: polymorphic with a
/// <c>"type"</c> discriminator <c>"campaign.&lt;change&gt;.v1"</c>; an unknown discriminator is refused.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CampaignCreated), "campaign.created.v1")]
[JsonDerivedType(typeof(CampaignOfferAdded), "campaign.offerAdded.v1")]
[JsonDerivedType(typeof(CampaignAudienceSet), "campaign.audienceSet.v1")]
[JsonDerivedType(typeof(CampaignCostsSet), "campaign.costsSet.v1")]
[JsonDerivedType(typeof(CampaignScheduled), "campaign.scheduled.v1")]
[JsonDerivedType(typeof(CampaignStarted), "campaign.started.v1")]
[JsonDerivedType(typeof(CampaignCompleted), "campaign.completed.v1")]
[JsonDerivedType(typeof(CampaignAnalysed), "campaign.analysed.v1")]
[JsonDerivedType(typeof(CampaignResponsesRecorded), "campaign.responsesRecorded.v1")]
public abstract record CampaignEvent(Instant At) : IProcessEvent;
