using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>
/// The sales force's record: every activity against customers and leads, and every follow-up with its due instant, so
/// that effort is neither lost nor duplicated.
/// </summary>
/// <remarks>
/// <para>Rules: activity and follow-up identifiers are unique; a party may have at most one open follow-up per
/// purpose (purpose compared trimmed and ignoring case) — a second throws <see cref="DuplicateFollowUpException"/>;
/// completing a follow-up that is not open throws. Every refusal leaves the journal unchanged.</para>
/// <para>Immutable and thread-safe: every method returns a new journal. <see cref="Empty"/> has nothing in it.</para>
/// </remarks>
public sealed class SalesJournal
{
    private SalesJournal(ImmutableList<Activity> activities, ImmutableList<FollowUp> followUps)
    {
        Activities = activities;
        FollowUps = followUps;
    }

    /// <summary>The empty journal.</summary>
    public static SalesJournal Empty { get; } = new([], []);

    /// <summary>Every activity, in the order recorded.</summary>
    public ImmutableList<Activity> Activities { get; }

    /// <summary>Every follow-up, open or completed, in the order scheduled.</summary>
    public ImmutableList<FollowUp> FollowUps { get; }

    /// <summary>Records an activity.</summary>
    /// <exception cref="ArgumentException">Its identifier is already used.</exception>
    public SalesJournal Record(Activity activity)
    {
        Guard.Against.Null(activity);
        if (Activities.Exists(a => a.Id == activity.Id))
        {
            throw new ArgumentException($"activity id '{activity.Id}' is already used.", nameof(activity));
        }

        return new SalesJournal(Activities.Add(activity), FollowUps);
    }

    /// <summary>Schedules a follow-up.</summary>
    /// <exception cref="DuplicateFollowUpException">The party already has an open follow-up for this purpose.</exception>
    /// <exception cref="ArgumentException">Its identifier is already used, or it is already completed.</exception>
    public SalesJournal Schedule(FollowUp followUp)
    {
        Guard.Against.Null(followUp);
        if (!followUp.IsOpen)
        {
            throw new ArgumentException($"followUp '{followUp.Id}' must be open to be scheduled; it was completed at {followUp.CompletedAt}.", nameof(followUp));
        }

        if (FollowUps.Exists(f => f.Id == followUp.Id))
        {
            throw new ArgumentException($"follow-up id '{followUp.Id}' is already used.", nameof(followUp));
        }

        var open = FollowUps.Find(f => f.IsOpen && f.IsFor(followUp.Party, followUp.Purpose));
        if (open is not null)
        {
            throw new DuplicateFollowUpException(followUp.Party, open.Purpose, open.Id);
        }

        return new SalesJournal(Activities, FollowUps.Add(followUp));
    }

    /// <summary>Completes the open follow-up <paramref name="followUpId"/> at <paramref name="at"/>.</summary>
    /// <exception cref="ArgumentException">No follow-up has that identifier.</exception>
    /// <exception cref="Primitives.IllegalTransitionException">It is already completed.</exception>
    public SalesJournal Complete(string followUpId, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(followUpId);
        var index = FollowUps.FindIndex(f => f.Id == followUpId);
        if (index < 0)
        {
            throw new ArgumentException($"followUpId '{followUpId}' names no follow-up of this journal.", nameof(followUpId));
        }

        return new SalesJournal(Activities, FollowUps.SetItem(index, FollowUps[index].Complete(at)));
    }

    /// <summary>The open follow-ups that are overdue as of <paramref name="asOf"/>, earliest due first.</summary>
    public ImmutableArray<FollowUp> Overdue(Instant asOf) =>
        [.. FollowUps.Where(f => f.IsOverdue(asOf)).OrderBy(f => f.Due)];

    /// <summary>The open follow-ups, earliest due first.</summary>
    public ImmutableArray<FollowUp> Open() => [.. FollowUps.Where(f => f.IsOpen).OrderBy(f => f.Due)];

    /// <summary>The activities with <paramref name="party"/>, oldest first.</summary>
    public ImmutableArray<Activity> ActivitiesWith(SalesParty party) =>
        [.. Activities.Where(a => a.Party == party).OrderBy(a => a.At)];
}
