using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// The stored form of an <see cref="Assessment"/> (<see cref="Assessment.ToSnapshot"/>,
/// <see cref="Assessment.FromSnapshot"/>): the state a host may read or query, and the history that is the truth.
/// </summary>
/// <param name="SchemaVersion">The snapshot schema version; this release writes and reads 1.</param>
/// <param name="Version">The number of events in <paramref name="History"/>.</param>
/// <param name="FrameworkId">The id of the framework assessed against (the framework itself is configuration and is
/// passed to <see cref="Assessment.FromSnapshot"/>).</param>
/// <param name="Organisation">The organisation assessed.</param>
/// <param name="AssessedOn">The business date of the assessment.</param>
/// <param name="Ratings">The current ratings, in the assessment's order.</param>
/// <param name="History">Every event, oldest first, starting with <see cref="AssessmentStarted"/>.</param>
/// <remarks>
/// <see cref="Assessment.FromSnapshot"/> rebuilds from <paramref name="History"/> and refuses a snapshot whose state
/// fields disagree with it, or whose arrays are missing (<c>default</c>). Equality is record equality (the arrays by
/// reference). Immutable and thread-safe.
/// </remarks>
public sealed record AssessmentSnapshot(
    int SchemaVersion,
    int Version,
    string FrameworkId,
    string Organisation,
    LocalDate AssessedOn,
    ImmutableArray<CriterionRating> Ratings,
    ImmutableArray<AssessmentEvent> History);
