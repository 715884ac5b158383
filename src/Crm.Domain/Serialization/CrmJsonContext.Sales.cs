using System.Text.Json.Serialization;
using Crm.Domain.Sales;

namespace Crm.Domain.Serialization;

/// <summary>The Sales room's serialisable values and records (the SalesJournal and Opportunity aggregates are not
/// serialised). A context of its own for the reason given on <see cref="CampaignsJsonContext"/>.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SalesParty))]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(FollowUp))]
[JsonSerializable(typeof(OpportunityStageChanged))]
[JsonSerializable(typeof(OpportunityEvent))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<OpportunityEvent>))]
[JsonSerializable(typeof(OpportunitySnapshot))]
[JsonSerializable(typeof(PipelinePeriod))]
[JsonSerializable(typeof(SalesJournalEvent))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<SalesJournalEvent>))]
[JsonSerializable(typeof(SalesJournalSnapshot))]
internal sealed partial class SalesJsonContext : JsonSerializerContext;
