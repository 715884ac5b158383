using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// One entry of a <see cref="Lead"/>'s append-only history: the lead's creation, a stage change, a change of its
/// strategy tags, or its conversion. <see cref="Lead.FromHistory"/> rebuilds the lead from these.
/// </summary>
/// <param name="At">When it happened; never before the previous event's instant.</param>
/// <remarks>
/// <para>JSON: polymorphic through <c>CrmJson</c>, with a <c>"type"</c> discriminator written first:
/// <c>lead.created.v1</c>, <c>lead.stageChanged.v1</c>, <c>lead.strategiesChanged.v1</c>, <c>lead.converted.v1</c>, <c>lead.partnerAttributed.v1</c>, <c>lead.erased.v1</c> (the suffix is the event's
/// schema version). An unknown discriminator is a <see cref="System.Text.Json.JsonException"/>.</para>
/// <para>Records with value equality; immutable and thread-safe.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(LeadCreated), "lead.created.v1")]
[JsonDerivedType(typeof(LeadStageChanged), "lead.stageChanged.v1")]
[JsonDerivedType(typeof(LeadStrategiesChanged), "lead.strategiesChanged.v1")]
[JsonDerivedType(typeof(LeadConverted), "lead.converted.v1")]
[JsonDerivedType(typeof(LeadPartnerAttributed), "lead.partnerAttributed.v1")]
[JsonDerivedType(typeof(LeadErased), "lead.erased.v1")]
public abstract record LeadEvent(Instant At) : IProcessEvent;
