using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Competencies.Json;

/// <summary>The JSON shape of a <see cref="CriterionRating"/>.</summary>
internal sealed record RatingDto(string CriterionId, MaturityLevel Level, string Assessor, LocalDate RatedOn, string? Evidence = null);

/// <summary>
/// The JSON shape of an <see cref="Assessment"/>: the framework is embedded, so the ratings are checked against it, and
/// so is the history, so the assessment reads back with its events and version. A document without a history (written
/// before the assessment was a process) reads as the constructor builds it.
/// </summary>
internal sealed record AssessmentDto(
    CompetencyFramework Framework,
    string Organisation,
    LocalDate AssessedOn,
    ImmutableArray<RatingDto?> Ratings,
    ImmutableArray<AssessmentEvent> History = default);
