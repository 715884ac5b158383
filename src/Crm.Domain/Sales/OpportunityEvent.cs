using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>
/// One entry of an <see cref="Opportunity"/>'s append-only history: its opening, a stage change, a reforecast, or a line item added or removed.
/// <see cref="Opportunity.FromHistory"/> rebuilds the opportunity from these.
/// </summary>
/// <param name="At">When it happened; never before the previous event's instant.</param>
/// <remarks>
/// <para>JSON: polymorphic through <c>CrmJson</c>, with a <c>"type"</c> discriminator written first:
/// <c>opportunity.created.v1</c>, <c>opportunity.stageChanged.v1</c>, <c>opportunity.reforecast.v1</c>,
/// <c>opportunity.lineItemAdded.v1</c>, <c>opportunity.lineItemRemoved.v1</c>, <c>opportunity.partnerAttributed.v1</c>, <c>opportunity.erased.v1</c> (the suffix
/// is the event's schema version). An unknown discriminator is a <see cref="System.Text.Json.JsonException"/>.</para>
/// <para>Records with value equality; immutable and thread-safe.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OpportunityCreated), "opportunity.created.v1")]
[JsonDerivedType(typeof(OpportunityStageChanged), "opportunity.stageChanged.v1")]
[JsonDerivedType(typeof(OpportunityReforecast), "opportunity.reforecast.v1")]
[JsonDerivedType(typeof(OpportunityLineItemAdded), "opportunity.lineItemAdded.v1")]
[JsonDerivedType(typeof(OpportunityLineItemRemoved), "opportunity.lineItemRemoved.v1")]
[JsonDerivedType(typeof(OpportunityPartnerAttributed), "opportunity.partnerAttributed.v1")]
[JsonDerivedType(typeof(OpportunityErased), "opportunity.erased.v1")]
public abstract record OpportunityEvent(Instant At) : IProcessEvent;
