using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// The stored form of a <see cref="Complaint"/> (a DTO for <c>CrmJson</c>): the event <see cref="History"/>, which is
/// the truth, plus the complaint's state (its case as a <see cref="ServiceCaseSnapshot"/>) so that a host can read and
/// query the document without replaying it. Write it with <see cref="Complaint.ToSnapshot"/>, read it back with
/// <see cref="Complaint.FromSnapshot"/>, which replays the history and refuses a snapshot whose state disagrees with it.
/// </summary>
/// <remarks>The case's events appear twice (in <see cref="Case"/> and in <see cref="History"/>) because each part is
/// readable on its own; <see cref="Complaint.FromSnapshot"/> requires them to agree. Record equality compares the arrays
/// by reference; compare snapshots by their JSON. Immutable.</remarks>
/// <param name="SchemaVersion">The snapshot's schema version: 1 (the only one this release reads).</param>
/// <param name="Version">The complaint's <see cref="Complaint.Version"/>: the number of events in <paramref name="History"/>.</param>
/// <param name="Subject">What the complaint is about.</param>
/// <param name="Outcome">The service-recovery outcome; <see cref="ServiceRecoveryOutcome.Pending"/> until recorded.</param>
/// <param name="Compensation">Compensation given, if any.</param>
/// <param name="DecidedAt">When the outcome was recorded; null while pending.</param>
/// <param name="Case">The case that handles the complaint, as its own snapshot.</param>
/// <param name="History">Every event of the complaint, oldest first, starting with <see cref="ComplaintFiled"/>.</param>
public sealed record ComplaintSnapshot(
    int SchemaVersion,
    int Version,
    [property: Personal] string Subject,
    ServiceRecoveryOutcome Outcome,
    Money? Compensation,
    Instant? DecidedAt,
    ServiceCaseSnapshot Case,
    ImmutableArray<ComplaintEvent> History)
{
    /// <inheritdoc />
    public override string ToString() => $"{nameof(ComplaintSnapshot)} of case {Case?.Id}, version {Version}: {Outcome}";
}
