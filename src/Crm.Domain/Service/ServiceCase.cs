using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
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
/// <para>Storage (the shape every process of the library shares, see <see cref="IProcess{TEvent}"/>): the
/// <see cref="History"/> of typed <see cref="CaseEvent"/>s is the truth. <see cref="FromHistory"/> rebuilds an equal case
/// from it; <see cref="ToSnapshot"/>/<see cref="FromSnapshot"/> convert to and from a <see cref="ServiceCaseSnapshot"/>
/// for <c>CrmJson</c>. Everything else (state, first response, pauses, counts) is derived from the history.</para>
/// <para>What KPI accumulators need is exposed directly: <see cref="OpenedAt"/>, <see cref="ResolvedAt"/>,
/// <see cref="IsFirstContactResolution"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class ServiceCase : IProcess<CaseEvent>, IHasEventLog<CaseEvent>
{
    // The history as a persistent append-only log: a command appends in amortised O(1) (see EventLog).
    private readonly EventLog<CaseEvent> _log;

    private ServiceCase(string id, CustomerId customer, string team, CasePriority priority, Channel channel, Instant openedAt,
        CaseState state, Instant? firstResponseAt, Instant? resolvedAt, int escalationLevel, int responseCount, int reopenCount,
        ImmutableArray<Interval> pauses, Instant? pausedSince, EventLog<CaseEvent> history)
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
        _log = history;
    }

    /// <summary>The case's identifier.</summary>
    public string Id { get; }

    /// <summary>The customer who raised it.</summary>
    public CustomerId Customer { get; }

    /// <summary>The team that owns it.</summary>
    [NotPersonal("a team's name")]
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
    public ImmutableArray<CaseEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<CaseEvent> IHasEventLog<CaseEvent>.Log => _log;

    /// <inheritdoc/>
    public int Version => _log.Length;

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
    public Instant LastEventAt => _log.Last.At;

    /// <summary>Opens a case.</summary>
    /// <exception cref="ArgumentException">A blank id or team, a default customer, an undefined priority, or an unknown channel.</exception>
    public static ServiceCase Open(string id, CustomerId customer, string team, CasePriority priority, Channel channel, Instant openedAt) =>
        Opened(new CaseOpened(openedAt, id, customer, team, priority, channel));

    /// <summary>
    /// Rebuilds a case from its events (oldest first, starting with <see cref="CaseOpened"/>), checking each one as the
    /// command that produced it would: the result equals the case that produced the events.
    /// </summary>
    /// <exception cref="ArgumentException">A null or empty history, or one that could not have happened (not starting with
    /// <see cref="CaseOpened"/>, a second opening, a transition the state did not allow, an instant before the previous
    /// event's, a blank escalation reason…); the message names the event's index.</exception>
    public static ServiceCase FromHistory(IEnumerable<CaseEvent> history) =>
        ProcessHistory.Replay(history, Start, (c, e) => c.Apply(e));

    /// <summary>An agent answers the customer (the first one stops the first-response clock).</summary>
    /// <exception cref="IllegalTransitionException">The case is not open.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public ServiceCase Respond(Instant at) => Apply(new CaseResponded(at));

    /// <summary>The agent asks the customer for something: the SLA clock pauses until <see cref="Resume"/>. Counts as a response.</summary>
    /// <exception cref="IllegalTransitionException">The case is not open.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public ServiceCase WaitOnCustomer(Instant at) => Apply(new CaseWaitingOnCustomer(at));

    /// <summary>The customer answers: the SLA clock runs again.</summary>
    /// <exception cref="IllegalTransitionException">The case is not waiting on the customer.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public ServiceCase Resume(Instant at) => Apply(new CaseResumed(at));

    /// <summary>Escalates the case one level (the state does not change).</summary>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    /// <exception cref="IllegalTransitionException">The case is resolved or closed.</exception>
    public ServiceCase Escalate(Instant at, string reason) => Apply(new CaseEscalated(at, reason));

    /// <summary>Resolves the case (ending any wait on the customer). A resolution is also a response.</summary>
    /// <exception cref="IllegalTransitionException">The case is already resolved or closed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public ServiceCase Resolve(Instant at) => Apply(new CaseResolved(at));

    /// <summary>Reopens a resolved case: the resolution clock runs again from where it stopped.</summary>
    /// <exception cref="IllegalTransitionException">The case is not resolved.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public ServiceCase Reopen(Instant at) => Apply(new CaseReopened(at));

    /// <summary>Closes a resolved case; final.</summary>
    /// <exception cref="IllegalTransitionException">The case is not resolved.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public ServiceCase Close(Instant at) => Apply(new CaseClosed(at));

    /// <summary>
    /// The case after <paramref name="e"/>: the one place where an event is checked against the state (values, legality,
    /// time order) and folded in. Commands and <see cref="FromHistory"/> both come through here, so a replayed case
    /// equals the live one by construction. Internal so that <see cref="Complaint"/> can replay its case's events.
    /// </summary>
    internal ServiceCase Apply(CaseEvent e)
    {
        Guard.Against.Null(e);
        if (e is CaseErased erased)
        {
            return Erased(erased);
        }

        if (e is CaseExperienceStageSet stageSet)
        {
            return StageSet(stageSet);
        }

        if (e is CaseEscalated escalated)
        {
            Guard.Against.NullOrWhiteSpace(escalated.Reason, "reason");
        }

        var (action, allowed) = e switch
        {
            CaseResponded => ("respond", WhenOpen),
            CaseWaitingOnCustomer => ("wait on customer", WhenOpen),
            CaseResumed => ("resume", WhenWaiting),
            CaseEscalated => ("escalate", WhenUnresolved),
            CaseResolved => ("resolve", WhenUnresolved),
            CaseReopened => ("reopen", WhenResolved),
            CaseClosed => ("close", WhenResolved),
            CaseOpened => ("open", Array.Empty<CaseState>()), // a case is opened once: only the first event may be CaseOpened
            _ => throw new ArgumentException($"{e.GetType().Name} is not an event of a service case.", nameof(e)),
        };
        ProcessHistory.Require(Array.IndexOf(allowed, State) >= 0, Process, State.ToString(), action,
            allowed.Length == 0 ? "a case is opened only once" : $"allowed only when {string.Join(" or ", allowed)}");
        var history = ProcessHistory.Append(_log, e, Process);
        var at = e.At;
        return e switch
        {
            CaseResponded => With(history, CaseState.Open, responded: true),
            CaseWaitingOnCustomer => With(history, CaseState.WaitingOnCustomer, responded: true, pausedSince: at),
            CaseResumed => With(history, CaseState.Open, pauses: Pauses.Add(new Interval(PausedSince!.Value, at))),
            CaseEscalated => With(history, State, escalation: EscalationLevel + 1, pausedSince: PausedSince),
            CaseResolved => With(history, CaseState.Resolved, responded: true, resolvedAt: at,
                pauses: PausedSince is { } p ? Pauses.Add(new Interval(p, at)) : Pauses),
            CaseReopened => With(history, CaseState.Open, reopened: true),
            _ => With(history, CaseState.Closed, resolvedAt: ResolvedAt), // CaseClosed: the only kind left
        };
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

    private static readonly CaseState[] WhenOpen = [CaseState.Open];
    private static readonly CaseState[] WhenWaiting = [CaseState.WaitingOnCustomer];
    private static readonly CaseState[] WhenUnresolved = [CaseState.Open, CaseState.WaitingOnCustomer];
    private static readonly CaseState[] WhenResolved = [CaseState.Resolved];

    private string Process => $"Case {Id}";

#pragma warning disable CA2208 // Called by FromHistory only: name its parameter.
    private static ServiceCase Start(CaseEvent e) => e is CaseOpened opened
        ? Opened(opened)
        : throw new ArgumentException($"A case's history starts with {nameof(CaseOpened)}; it started with {e.GetType().Name}.", "history");
#pragma warning restore CA2208

    private static ServiceCase Opened(CaseOpened e)
    {
        Guard.Against.NullOrWhiteSpace(e.Id, "id");
        Guard.Against.NullOrWhiteSpace(e.Team, "team");
        Guard.Against.Uninitialized(e.Customer, !e.Customer.IsDefault, "customer");
        Guard.Against.UndefinedEnum(e.Priority, allowDefault: true, "priority");
        Guard.Against.UndefinedEnum(e.Channel, allowDefault: false, "channel");
        return new ServiceCase(e.Id, e.Customer, e.Team, e.Priority, e.Channel, e.At, CaseState.Open, null, null, 0, 0, 0, [], null, EventLog<CaseEvent>.Start(e));
    }

    private ServiceCase With(EventLog<CaseEvent> history, CaseState to, bool responded = false, Instant? resolvedAt = null,
        ImmutableArray<Interval>? pauses = null, Instant? pausedSince = null, int? escalation = null, bool reopened = false) =>
        new(Id, Customer, Team, Priority, Channel, OpenedAt, to,
            FirstResponseAt ?? (responded ? history.Last.At : null),
            resolvedAt,
            escalation ?? EscalationLevel,
            ResponseCount + (responded ? 1 : 0),
            ReopenCount + (reopened ? 1 : 0),
            pauses ?? Pauses,
            pausedSince,
            history);
}
