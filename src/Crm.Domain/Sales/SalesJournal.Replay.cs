using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Processes;

namespace Crm.Domain.Sales;

// This file of the partial class: The one place where an event changes a sales journal, and the two ways to store and rebuild one. (The type's one doc comment is on the main file's declaration.)
public sealed partial class SalesJournal
{
    /// <summary>
    /// Rebuilds a journal from its events: a <see cref="SalesJournalCreated"/> first, then every change in order, each
    /// checked exactly as the command that produced it.
    /// </summary>
    /// <param name="history">The events, oldest first (as <see cref="History"/>).</param>
    /// <returns>A journal equal to the one that produced the events.</returns>
    /// <exception cref="ArgumentException">The history is null, empty, does not start with its creation, or holds an
    /// event that could not have happened (a duplicate identifier or open follow-up, a follow-up completed twice, an
    /// instant out of order, a second creation); the message names the event's index.</exception>
    public static SalesJournal FromHistory(IEnumerable<SalesJournalEvent> history) =>
        ProcessHistory.Replay(history,
            e => e is SalesJournalCreated created
                ? FromCreated(created)
                : throw new ArgumentException($"a sales journal's history starts with a {nameof(SalesJournalCreated)}; it started with a {e.GetType().Name}.", nameof(history)),
            (journal, e) => journal.Apply(e));

    /// <summary>The stored form of this journal: its state for reading and its history (schema version 1).</summary>
    public SalesJournalSnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Id, CreatedAt, Activities.Count, FollowUps.Count, OpenIds(), History);

    /// <summary>Rebuilds a journal from its stored form, replaying the history and checking the state against it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not 1.</exception>
    /// <exception cref="ArgumentException">The history is missing or could not have happened (see
    /// <see cref="FromHistory"/>), or a state field disagrees with it.</exception>
    public static SalesJournal FromSnapshot(SalesJournalSnapshot snapshot)
    {
        var journal = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), FromHistory,
            s => !s.OpenFollowUpIds.IsDefault, "history and openFollowUpIds");
        const string type = nameof(SalesJournalSnapshot);
        ProcessHistory.RequireConsistent(snapshot.Id == journal.Id, type, "id");
        ProcessHistory.RequireConsistent(snapshot.CreatedAt == journal.CreatedAt, type, "createdAt");
        ProcessHistory.RequireConsistent(snapshot.ActivityCount == journal.Activities.Count, type, "activityCount");
        ProcessHistory.RequireConsistent(snapshot.FollowUpCount == journal.FollowUps.Count, type, "followUpCount");
        ProcessHistory.RequireConsistent(snapshot.OpenFollowUpIds.SequenceEqual(journal.OpenIds(), StringComparer.Ordinal), type, "openFollowUpIds");
        return journal;
    }

    private static SalesJournal FromCreated(SalesJournalCreated created)
    {
        Guard.Against.Null(created);
        var id = created.JournalId;
        Guard.Against.NullOrWhiteSpace(id);
        return new SalesJournal(id, created.At, EventLog<SalesJournalEvent>.Start(created), [], [],
            ImmutableHashSet<string>.Empty, ImmutableDictionary<string, int>.Empty, ImmutableHashSet<string>.Empty);
    }

    private ImmutableArray<string> OpenIds() => [.. Open().Select(f => f.Id)];

    // Every change goes through here, from a command or from a replay: validate against the current journal, then
    // append (which checks the time order) and return the next journal.
    private SalesJournal Apply(SalesJournalEvent e)
    {
        Guard.Against.Null(e);
        switch (e)
        {
            case SalesJournalActivityRecorded x:
                EnsureRecordable(x.Activity, x.At);
                return Next(e, Activities.Add(x.Activity), FollowUps, _activityIds.Add(x.Activity.Id), _followUpIndex, _openIds);
            case SalesJournalFollowUpScheduled x:
                EnsureSchedulable(x.FollowUp, x.At);
                return Next(e, Activities, FollowUps.Add(x.FollowUp), _activityIds, _followUpIndex.Add(x.FollowUp.Id, FollowUps.Count), _openIds.Add(x.FollowUp.Id));
            case SalesJournalFollowUpCompleted x:
                return Next(e, Activities, Completed(x.FollowUpId, x.At), _activityIds, _followUpIndex, _openIds.Remove(x.FollowUpId));
            case SalesJournalPartyErased x:
                return Erased(x);
            case SalesJournalCreated:
                throw new ArgumentException($"sales journal {Id} is already created: a history has one {nameof(SalesJournalCreated)}, its first event.", nameof(e));
            default:
                throw new ArgumentException($"{e.GetType().Name} is not an event this release of SalesJournal knows.", nameof(e));
        }
    }

    private SalesJournal Next(SalesJournalEvent e, ImmutableList<Activity> activities, ImmutableList<FollowUp> followUps,
        ImmutableHashSet<string> activityIds, ImmutableDictionary<string, int> followUpIndex, ImmutableHashSet<string> openIds) =>
        new(Id, CreatedAt, ProcessHistory.Append(_log, e, $"Sales journal {Id}"), activities, followUps, activityIds, followUpIndex, openIds);
}
