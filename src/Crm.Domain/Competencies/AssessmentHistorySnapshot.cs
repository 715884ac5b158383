using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// The stored form of an <see cref="AssessmentHistory"/> (<see cref="AssessmentHistory.ToSnapshot"/>,
/// <see cref="AssessmentHistory.FromSnapshot"/>): the state a host may read or query, and the history that is the
/// truth.
/// </summary>
/// <param name="SchemaVersion">The snapshot schema version; this release writes and reads 1.</param>
/// <param name="Version">The number of events in <paramref name="History"/>.</param>
/// <param name="FrameworkId">The id of the framework of every assessment (the framework itself is configuration and
/// is passed to <see cref="AssessmentHistory.FromSnapshot"/>).</param>
/// <param name="Organisation">The organisation assessed.</param>
/// <param name="AssessmentDates">The business dates of the assessments, oldest first (distinct).</param>
/// <param name="History">Every event, oldest first, starting with <see cref="AssessmentHistoryCreated"/>.</param>
/// <remarks>
/// <see cref="AssessmentHistory.FromSnapshot"/> rebuilds from <paramref name="History"/> and refuses a snapshot whose
/// state fields disagree with it, or whose arrays are missing (<c>default</c>). Equality is record equality (the
/// arrays by reference). Immutable and thread-safe.
/// </remarks>
public sealed record AssessmentHistorySnapshot(
    int SchemaVersion,
    int Version,
    string FrameworkId,
    string Organisation,
    ImmutableArray<LocalDate> AssessmentDates,
    ImmutableArray<AssessmentHistoryEvent> History);
