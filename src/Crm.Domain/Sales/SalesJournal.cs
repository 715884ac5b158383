using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>
/// The sales force's record: every activity against customers and leads, and every follow-up with its due instant, so
/// that effort is neither lost nor duplicated. The aggregate of sales force automation: follow-ups live and change
/// inside it.
/// </summary>
/// <remarks>
/// <para>Rules: activity and follow-up identifiers are unique; a party may have at most one open follow-up per
/// purpose (purpose compared trimmed and ignoring case) — a second throws <see cref="DuplicateFollowUpException"/>;
/// completing a follow-up that is not open throws. Every refusal leaves the journal unchanged.</para>
/// <para>Why the journal, not each <see cref="FollowUp"/>, is the stored process: the duplicate rule and the unique
/// identifiers span all the follow-ups of the journal, so only the journal can enforce them; a follow-up's own
/// lifecycle (scheduled → completed) is a pair of journal events (<see cref="SalesJournalFollowUpScheduled"/>,
/// <see cref="SalesJournalFollowUpCompleted"/>), and <see cref="FollowUp"/> stays a value that reports its state.</para>
/// <para>Every command returns a new journal and appends one <see cref="SalesJournalEvent"/> to <see cref="History"/>;
/// <see cref="FromHistory"/> and <see cref="ToSnapshot"/>/<see cref="FromSnapshot"/> store and rebuild it. Instants
/// of the events never go backwards: an activity or follow-up reported late is dated at the last change.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class SalesJournal : IProcess<SalesJournalEvent>, IHasEventLog<SalesJournalEvent>
{
    // The history as a persistent append-only log: a command appends in amortised O(1) (see EventLog).
    private readonly EventLog<SalesJournalEvent> _log;

    // Lookups kept beside the lists, so that a command checks ids and open follow-ups in O(log n) instead of
    // scanning years of activities (which made a long journal's replay O(n²)).
    private readonly ImmutableHashSet<string> _activityIds;
    private readonly ImmutableDictionary<string, int> _followUpIndex;
    private readonly ImmutableHashSet<string> _openIds;

    private SalesJournal(string id, Instant createdAt, EventLog<SalesJournalEvent> history, ImmutableList<Activity> activities, ImmutableList<FollowUp> followUps,
        ImmutableHashSet<string> activityIds, ImmutableDictionary<string, int> followUpIndex, ImmutableHashSet<string> openIds)
    {
        Id = id;
        CreatedAt = createdAt;
        _log = history;
        Activities = activities;
        FollowUps = followUps;
        _activityIds = activityIds;
        _followUpIndex = followUpIndex;
        _openIds = openIds;
    }

    /// <summary>The journal identifier (e.g. the sales team or territory).</summary>
    public string Id { get; }

    /// <summary>When the journal was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Every change so far, oldest first; the first is the <see cref="SalesJournalCreated"/>.</summary>
    public ImmutableArray<SalesJournalEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<SalesJournalEvent> IHasEventLog<SalesJournalEvent>.Log => _log;

    /// <summary>The number of events in <see cref="History"/> (1 after <see cref="Create"/>), for optimistic concurrency.</summary>
    public int Version => _log.Length;

    /// <summary>Every activity, in the order recorded.</summary>
    public ImmutableList<Activity> Activities { get; }

    /// <summary>Every follow-up, open or completed, in the order scheduled.</summary>
    public ImmutableList<FollowUp> FollowUps { get; }

    /// <summary>Creates an empty journal.</summary>
    /// <param name="id">The journal identifier (non-blank).</param>
    /// <param name="createdAt">When it is created.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public static SalesJournal Create(string id, Instant createdAt) => FromCreated(new SalesJournalCreated(createdAt, id));

    /// <summary>Records an activity; the event is dated at the activity's instant, or the last change's if later.</summary>
    /// <exception cref="ArgumentException">Its identifier is already used.</exception>
    public SalesJournal Record(Activity activity)
    {
        Guard.Against.Null(activity);
        return Apply(new SalesJournalActivityRecorded(Later(activity.At), activity));
    }

    /// <summary>Schedules a follow-up; the event is dated at its creation instant, or the last change's if later.</summary>
    /// <exception cref="DuplicateFollowUpException">The party already has an open follow-up for this purpose.</exception>
    /// <exception cref="ArgumentException">Its identifier is already used, or it is already completed.</exception>
    public SalesJournal Schedule(FollowUp followUp)
    {
        Guard.Against.Null(followUp);
        return Apply(new SalesJournalFollowUpScheduled(Later(followUp.CreatedAt), followUp));
    }

    /// <summary>Completes the open follow-up <paramref name="followUpId"/> at <paramref name="at"/>.</summary>
    /// <exception cref="ArgumentException">No follow-up has that identifier.</exception>
    /// <exception cref="Primitives.IllegalTransitionException">It is already completed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the follow-up's creation or the
    /// journal's last change.</exception>
    public SalesJournal Complete(string followUpId, Instant at) => Apply(new SalesJournalFollowUpCompleted(at, followUpId));

    /// <summary>The open follow-ups that are overdue as of <paramref name="asOf"/>, earliest due first.</summary>
    public ImmutableArray<FollowUp> Overdue(Instant asOf) =>
        [.. FollowUps.Where(f => f.IsOverdue(asOf)).OrderBy(f => f.Due)];

    /// <summary>The open follow-ups, earliest due first.</summary>
    public ImmutableArray<FollowUp> Open() =>
        [.. _openIds.Select(id => _followUpIndex[id]).Order().Select(i => FollowUps[i]).OrderBy(f => f.Due)];

    /// <summary>The activities with <paramref name="party"/>, oldest first.</summary>
    public ImmutableArray<Activity> ActivitiesWith(SalesParty party) =>
        [.. Activities.Where(a => a.Party == party).OrderBy(a => a.At)];

    // A record reported late is dated at the last change, so the history's instants never go backwards.
    private Instant Later(Instant at)
    {
        var last = ProcessHistory.LastAt(_log);
        return at > last ? at : last;
    }

    private void EnsureRecordable(Activity activity, Instant recordedAt)
    {
        Guard.Against.Null(activity);
        if (_activityIds.Contains(activity.Id))
        {
            throw new ArgumentException($"activity id '{activity.Id}' is already used.", nameof(activity));
        }

        // Only a replayed (stored) event can break this: the command dates the event at the activity or later.
        if (activity.At > recordedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(activity), activity.At, $"activity '{activity.Id}' must not be recorded before it took place ({activity.At}); it was recorded at {recordedAt}.");
        }
    }

    private void EnsureSchedulable(FollowUp followUp, Instant recordedAt)
    {
        Guard.Against.Null(followUp);
        if (!followUp.IsOpen)
        {
            throw new ArgumentException($"followUp '{followUp.Id}' must be open to be scheduled; it was completed at {followUp.CompletedAt}.", nameof(followUp));
        }

        if (_followUpIndex.ContainsKey(followUp.Id))
        {
            throw new ArgumentException($"follow-up id '{followUp.Id}' is already used.", nameof(followUp));
        }

        var open = _openIds.Select(id => FollowUps[_followUpIndex[id]]).FirstOrDefault(f => f.IsFor(followUp.Party, followUp.Purpose));
        if (open is not null)
        {
            throw new DuplicateFollowUpException(followUp.Party, open.Purpose, open.Id);
        }

        if (followUp.CreatedAt > recordedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(followUp), followUp.CreatedAt, $"followUp '{followUp.Id}' must not be scheduled before it was created ({followUp.CreatedAt}); it was scheduled at {recordedAt}.");
        }
    }

    private ImmutableList<FollowUp> Completed(string followUpId, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(followUpId);
        if (!_followUpIndex.TryGetValue(followUpId, out var index))
        {
            throw new ArgumentException($"followUpId '{followUpId}' names no follow-up of this journal.", nameof(followUpId));
        }

        return FollowUps.SetItem(index, FollowUps[index].Complete(at));
    }
}
