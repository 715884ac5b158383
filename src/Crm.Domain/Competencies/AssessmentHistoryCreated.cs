using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// The creation event of an <see cref="AssessmentHistory"/>, with its first assessment (a history is never empty).
/// </summary>
/// <param name="At">When the history was created; not before the assessment's last event.</param>
/// <param name="Assessment">The first assessment, as its event history (<see cref="Assessment.History"/>); it fixes
/// the organisation and the framework id of the whole history.</param>
/// <remarks>Equality is record equality (the array by reference). Immutable and thread-safe.</remarks>
public sealed record AssessmentHistoryCreated(Instant At, ImmutableArray<AssessmentEvent> Assessment)
    : AssessmentHistoryEvent(At);
