using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// One event in the history of an <see cref="Assessment"/>: the start (<see cref="AssessmentStarted"/>, always first)
/// or one assessor's rating of one criterion (<see cref="AssessmentCriterionRated"/>).
/// </summary>
/// <param name="At">When the event was recorded; within one history, instants never go backwards.</param>
/// <remarks>
/// <para>Events name the framework by id only: a framework is configuration, not state, so
/// <see cref="Assessment.FromHistory"/> takes it as an argument.</para>
/// <para>JSON: an object with a <c>"type"</c> discriminator written first (<c>assessment.started.v1</c>,
/// <c>assessment.criterionRated.v1</c>); an unknown discriminator is a <see cref="System.Text.Json.JsonException"/>.
/// Immutable and thread-safe.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(AssessmentStarted), "assessment.started.v1")]
[JsonDerivedType(typeof(AssessmentCriterionRated), "assessment.criterionRated.v1")]
public abstract record AssessmentEvent(Instant At) : IProcessEvent;
