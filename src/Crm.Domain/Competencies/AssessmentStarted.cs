using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// The creation event of an <see cref="Assessment"/>: which framework, which organisation, which business date. Every
/// assessment history starts with exactly one.
/// </summary>
/// <param name="At">When the assessment was started.</param>
/// <param name="FrameworkId">The id of the <see cref="CompetencyFramework"/> assessed against; replay refuses a
/// framework with another id.</param>
/// <param name="Organisation">The organisation assessed, not blank.</param>
/// <param name="AssessedOn">The business date of the assessment (ratings keep their own dates).</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record AssessmentStarted(Instant At, string FrameworkId, string Organisation, LocalDate AssessedOn)
    : AssessmentEvent(At);
