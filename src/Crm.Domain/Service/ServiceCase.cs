using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// A service case as an immutable process: opened on a channel with a priority, answered, paused while waiting on
/// the customer, escalated, resolved (and perhaps reopened), closed. Every transition returns a new case with the
/// event appended to <see cref="History"/>; the original is never changed.
/// </summary>
/// <remarks>
/// <para>Transitions must not go back in time: each instant must be at or after the last event's, else an
/// <see cref="ArgumentOutOfRangeException"/> names both (so a case cannot be resolved before it was opened). A
/// transition the state does not allow throws <see cref="IllegalTransitionException"/> naming both states.</para>
/// <para>What KPI accumulators need is exposed directly: <see cref="OpenedAt"/>, <see cref="ResolvedAt"/>,
/// <see cref="IsFirstContactResolution"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ServiceCase
{
    private ServiceCase(string id, CustomerId customer, string team, CasePriority priority, Channel channel, Instant openedAt,
        CaseState state, Instant? firstResponseAt, Instant? resolvedAt, int escalationLevel, int responseCount, int reopenCount,
        ImmutableArray<Interval> pauses, Instant? pausedSince, ImmutableArray<CaseEvent> history)
    {
        Id = id;
        Customer = customer;
        Team = team;
        Priority = priority;
        Channel = channel;
        OpenedAt = openedAt;
        State = state;
        FirstResponseAt = firstResponseAt;
        ResolvedAt = resolvedAt;
        EscalationLevel = escalationLevel;
        ResponseCount = responseCount;
        ReopenCount = reopenCount;
        Pauses = pauses;
        PausedSince = pausedSince;
        History = history;
    }

    /// <summary>The case's identifier.</summary>
    public string Id { get; }

    /// <summary>The customer who raised it.</summary>
    public CustomerId Customer { get; }

    /// <summary>The team that owns it.</summary>
    public string Team { get; }

    /// <summary>The priority.</summary>
    public CasePriority Priority { get; }

    /// <summary>The channel it came in on.</summary>
    public Channel Channel { get; }

    /// <summary>When it was opened.</summary>
    public Instant OpenedAt { get; }

    /// <summary>The current state.</summary>
    public CaseState State { get; }

    /// <summary>When the customer first got an answer (a response, a question back, or the resolution); null if not yet.</summary>
    public Instant? FirstResponseAt { get; }

    /// <summary>When it was (last) resolved; null while not resolved (cleared by a reopen).</summary>
    public Instant? ResolvedAt { get; }

    /// <summary>How many times it was escalated (0 = never).</summary>
    public int EscalationLevel { get; }

    /// <summary>How many agent contacts it took (responses, questions back, resolution).</summary>
    public int ResponseCount { get; }

    /// <summary>How many times it was reopened.</summary>
    public int ReopenCount { get; }

    /// <summary>The completed spans spent waiting on the customer (the SLA clock was paused), in order.</summary>
    public ImmutableArray<Interval> Pauses { get; }

    /// <summary>When the current wait on the customer began; null when not waiting.</summary>
    public Instant? PausedSince { get; }

    /// <summary>Every event, oldest first (append-only, ordered by instant).</summary>
    public ImmutableArray<CaseEvent> History { get; }

    /// <summary>True when the case is resolved or closed.</summary>
    public bool IsResolved => State is CaseState.Resolved or CaseState.Closed;

    /// <summary>
    /// True when the case was resolved in a single agent contact, never escalated, never waited on the customer and
    /// never reopened: the first-contact-resolution definition the KPI uses.
    /// </summary>
    public bool IsFirstContactResolution =>
        IsResolved && ResponseCount == 1 && EscalationLevel == 0 && ReopenCount == 0 && Pauses.IsEmpty;

    /// <summary>Elapsed wall-clock time from opening to resolution; null while unresolved.</summary>
    public Duration? TimeToResolution => ResolvedAt - OpenedAt;

    /// <summary>The instant of the last event.</summary>
    public Instant LastEventAt => History[^1].At;

    /// <summary>Opens a case.</summary>
    /// <exception cref="ArgumentException">A blank id or team, a default customer, or an unknown channel.</exception>
    public static ServiceCase Open(string id, CustomerId customer, string team, CasePriority priority, Channel channel, Instant openedAt)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(team);
        if (customer.IsDefault)
        {
            throw new ArgumentException("customer is an uninitialised default(CustomerId).", nameof(customer));
        }

        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, $"priority must be Low, Normal, High or Urgent; it was {priority}.");
        }

        if (channel == Channel.Unknown || !Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, $"channel must be a known channel; it was {channel}.");
        }

        return new ServiceCase(id, customer, team, priority, channel, openedAt, CaseState.Open, null, null, 0, 0, 0, [], null,
            [new CaseEvent(CaseEventKind.Opened, openedAt, CaseState.Open, CaseState.Open)]);
    }

    /// <summary>An agent answers the customer (the first one stops the first-response clock).</summary>
    public ServiceCase Respond(Instant at)
    {
        Require(at, "respond", CaseState.Open);
        return With(CaseEventKind.Responded, at, CaseState.Open, responded: true);
    }

    /// <summary>The agent asks the customer for something: the SLA clock pauses until <see cref="Resume"/>. Counts as a response.</summary>
    public ServiceCase WaitOnCustomer(Instant at)
    {
        Require(at, "wait on customer", CaseState.Open);
        return With(CaseEventKind.WaitingOnCustomer, at, CaseState.WaitingOnCustomer, responded: true, pausedSince: at);
    }

    /// <summary>The customer answers: the SLA clock runs again.</summary>
    public ServiceCase Resume(Instant at)
    {
        Require(at, "resume", CaseState.WaitingOnCustomer);
        return With(CaseEventKind.Resumed, at, CaseState.Open, pauses: Pauses.Add(new Interval(PausedSince!.Value, at)), pausedSince: null);
    }

    /// <summary>Escalates the case one level (the state does not change).</summary>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public ServiceCase Escalate(Instant at, string reason)
    {
        Guard.Against.NullOrWhiteSpace(reason);
        Require(at, "escalate", CaseState.Open, CaseState.WaitingOnCustomer);
        return With(CaseEventKind.Escalated, at, State, note: reason, escalation: EscalationLevel + 1, pausedSince: PausedSince);
    }

    /// <summary>Resolves the case (ending any wait on the customer). A resolution is also a response.</summary>
    public ServiceCase Resolve(Instant at)
    {
        Require(at, "resolve", CaseState.Open, CaseState.WaitingOnCustomer);
        var pauses = PausedSince is { } p ? Pauses.Add(new Interval(p, at)) : Pauses;
        return With(CaseEventKind.Resolved, at, CaseState.Resolved, responded: true, resolvedAt: at, pauses: pauses, pausedSince: null);
    }

    /// <summary>Reopens a resolved case: the resolution clock runs again from where it stopped.</summary>
    public ServiceCase Reopen(Instant at)
    {
        Require(at, "reopen", CaseState.Resolved);
        return With(CaseEventKind.Reopened, at, CaseState.Open, reopened: true);
    }

    /// <summary>Closes a resolved case; final.</summary>
    public ServiceCase Close(Instant at)
    {
        Require(at, "close", CaseState.Resolved);
        return With(CaseEventKind.Closed, at, CaseState.Closed, resolvedAt: ResolvedAt);
    }

    /// <summary>The span of <paramref name="upTo"/> that the clock spent paused (completed pauses, plus the current one).</summary>
    internal IEnumerable<Interval> PausesUpTo(Instant upTo)
    {
        foreach (var p in Pauses)
        {
            if (p.Start >= upTo)
            {
                yield break;
            }

            yield return new Interval(p.Start, p.End < upTo ? p.End : upTo);
        }

        if (PausedSince is { } since && since < upTo)
        {
            yield return new Interval(since, upTo);
        }
    }

    private void Require(Instant at, string action, params CaseState[] allowed)
    {
        if (Array.IndexOf(allowed, State) < 0)
        {
            throw new IllegalTransitionException($"Case {Id}", State.ToString(), action,
                $"allowed only when {string.Join(" or ", allowed)}");
        }

        if (at < LastEventAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at,
                $"at must not be before the case's last event ({History[^1].Kind} at {LastEventAt}, opened at {OpenedAt}); it was {at}.");
        }
    }

    private ServiceCase With(CaseEventKind kind, Instant at, CaseState to, bool responded = false, Instant? resolvedAt = null,
        ImmutableArray<Interval>? pauses = null, Instant? pausedSince = null, string? note = null, int? escalation = null, bool reopened = false) =>
        new(Id, Customer, Team, Priority, Channel, OpenedAt, to,
            FirstResponseAt ?? (responded ? at : null),
            resolvedAt,
            escalation ?? EscalationLevel,
            ResponseCount + (responded ? 1 : 0),
            ReopenCount + (reopened ? 1 : 0),
            pauses ?? Pauses,
            pausedSince,
            History.Add(new CaseEvent(kind, at, State, to, note)));
}
