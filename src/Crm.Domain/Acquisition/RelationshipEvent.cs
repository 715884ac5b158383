using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// One entry of a <see cref="Relationship"/>'s append-only history: its start, a move to the next phase, a revised
/// prospect attitude, or its end. <see cref="Relationship.FromHistory"/> rebuilds the relationship from these.
/// </summary>
/// <param name="At">When it happened; never before the previous event's instant.</param>
/// <remarks>
/// <para>JSON: polymorphic through <c>CrmJson</c>, with a <c>"type"</c> discriminator written first:
/// <c>relationship.started.v1</c>, <c>relationship.phaseChanged.v1</c>, <c>relationship.attitudeChanged.v1</c>,
/// <c>relationship.ended.v1</c>. An unknown discriminator is a <see cref="System.Text.Json.JsonException"/>.</para>
/// <para>Records with value equality; immutable and thread-safe.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(RelationshipStarted), "relationship.started.v1")]
[JsonDerivedType(typeof(RelationshipPhaseChanged), "relationship.phaseChanged.v1")]
[JsonDerivedType(typeof(RelationshipAttitudeChanged), "relationship.attitudeChanged.v1")]
[JsonDerivedType(typeof(RelationshipEnded), "relationship.ended.v1")]
public abstract record RelationshipEvent(Instant At) : IProcessEvent;
