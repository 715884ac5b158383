using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// One assessor rated one criterion of an <see cref="Assessment"/>. A later event by the same assessor for the same
/// criterion replaces the earlier rating (a re-rating), as <see cref="Assessment.Rate"/> does.
/// </summary>
/// <param name="At">When the rating was recorded.</param>
/// <param name="Rating">The rating: criterion (must be in the framework), level 1–5, assessor, business date, evidence.
/// Its JSON is the one of <see cref="CriterionRating"/>.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record AssessmentCriterionRated(Instant At, CriterionRating Rating) : AssessmentEvent(At);
