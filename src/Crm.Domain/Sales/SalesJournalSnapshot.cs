using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>
/// The stored form of a <see cref="SalesJournal"/> (<see cref="SalesJournal.ToSnapshot"/>,
/// <see cref="SalesJournal.FromSnapshot"/>): the state a host may read or query, and the history, which is the truth.
/// </summary>
/// <param name="SchemaVersion">The snapshot schema version; 1 is the only one this release writes and reads.</param>
/// <param name="Version">The journal's <see cref="SalesJournal.Version"/>: the number of events in <paramref name="History"/>.</param>
/// <param name="Id">The journal identifier.</param>
/// <param name="CreatedAt">When the journal was created.</param>
/// <param name="ActivityCount">The number of activities recorded.</param>
/// <param name="FollowUpCount">The number of follow-ups scheduled, open or completed.</param>
/// <param name="OpenFollowUpIds">The identifiers of the open follow-ups, earliest due first (as <see cref="SalesJournal.Open"/>).</param>
/// <param name="History">Every event, oldest first, starting with <see cref="SalesJournalCreated"/>.</param>
/// <remarks>The activities and follow-ups are stored once, in <paramref name="History"/>; <see cref="SalesJournal.FromSnapshot"/>
/// replays it and refuses the snapshot when a state field disagrees. A plain record: equality compares the arrays by
/// reference.</remarks>
public sealed record SalesJournalSnapshot(
    int SchemaVersion,
    int Version,
    string Id,
    Instant CreatedAt,
    int ActivityCount,
    int FollowUpCount,
    ImmutableArray<string> OpenFollowUpIds,
    ImmutableArray<SalesJournalEvent> History);
