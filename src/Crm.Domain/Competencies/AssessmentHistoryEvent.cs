using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// One event in the history of an <see cref="AssessmentHistory"/>: its creation with the first assessment
/// (<see cref="AssessmentHistoryCreated"/>, always first) or one more assessment recorded
/// (<see cref="AssessmentHistoryAssessmentRecorded"/>).
/// </summary>
/// <param name="At">When the event was recorded; within one history, instants never go backwards.</param>
/// <remarks>
/// <para>Each event carries the recorded assessment as its own event history (<see cref="AssessmentEvent"/>s), so it
/// is replayed with the same checks; the framework is configuration, passed to
/// <see cref="AssessmentHistory.FromHistory"/>.</para>
/// <para>JSON: an object with a <c>"type"</c> discriminator written first (<c>assessmentHistory.created.v1</c>,
/// <c>assessmentHistory.assessmentRecorded.v1</c>); an unknown discriminator is a
/// <see cref="System.Text.Json.JsonException"/>. Immutable and thread-safe.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(AssessmentHistoryCreated), "assessmentHistory.created.v1")]
[JsonDerivedType(typeof(AssessmentHistoryAssessmentRecorded), "assessmentHistory.assessmentRecorded.v1")]
public abstract record AssessmentHistoryEvent(Instant At) : IProcessEvent;
