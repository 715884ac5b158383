using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// One more assessment recorded in an <see cref="AssessmentHistory"/>: same organisation and framework, a business
/// date no other assessment of the history has (it may be earlier than the others: the history keeps date order).
/// </summary>
/// <param name="At">When the assessment was recorded; not before the assessment's last event.</param>
/// <param name="Assessment">The assessment, as its event history (<see cref="Assessment.History"/>).</param>
/// <remarks>Equality is record equality (the array by reference). Immutable and thread-safe.</remarks>
public sealed record AssessmentHistoryAssessmentRecorded(Instant At, ImmutableArray<AssessmentEvent> Assessment)
    : AssessmentHistoryEvent(At);
