using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Campaigns.Attribution;

namespace Crm.Domain.Serialization;

/// <summary>
/// The Campaigns room's serialisable values, DTOs and result rows, and the Campaign aggregate's events and snapshot
/// (the aggregate itself is stored through <see cref="CampaignSnapshot"/> or its events).
/// </summary>
/// <remarks>
/// A context of its own rather than a partial of <see cref="CrmJsonContext"/>: the System.Text.Json source generator
/// fails ("hintName ... must be unique") when [JsonSerializable] attributes sit on more than one partial declaration
/// of one context (dotnet/runtime#99669). <see cref="CrmJson"/> chains this context after the main one.
/// </remarks>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CampaignCustomer))]
[JsonSerializable(typeof(CampaignOffer))]
[JsonSerializable(typeof(CampaignResponse))]
[JsonSerializable(typeof(CampaignAudience))]
[JsonSerializable(typeof(CampaignEvent))]
[JsonSerializable(typeof(ImmutableArray<CampaignEvent>))]
[JsonSerializable(typeof(CampaignSnapshot))]
[JsonSerializable(typeof(AudienceCounts))]
[JsonSerializable(typeof(ContactRequest))]
[JsonSerializable(typeof(RateEstimate))]
[JsonSerializable(typeof(LiftTest))]
[JsonSerializable(typeof(ResponseOutcome))]
[JsonSerializable(typeof(GroupTally))]
[JsonSerializable(typeof(ResponseTally))]
[JsonSerializable(typeof(ResponseTallyState))]
[JsonSerializable(typeof(ResponseRates))]
[JsonSerializable(typeof(SegmentAnalysis))]
[JsonSerializable(typeof(SegmentDecision))]
[JsonSerializable(typeof(Touch))]
[JsonSerializable(typeof(Conversion))]
[JsonSerializable(typeof(AttributionShare))]
[JsonSerializable(typeof(AttributedConversion))]
[JsonSerializable(typeof(CampaignCredit))]
[JsonSerializable(typeof(AttributionReport))]
internal sealed partial class CampaignsJsonContext : JsonSerializerContext;
