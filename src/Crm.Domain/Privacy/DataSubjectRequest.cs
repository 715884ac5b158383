using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>
/// A data subject's request (access, rectification, restriction, objection, erasure, portability) as a process with
/// its statutory deadline: received → (identity asked for →) identity verified → in progress → fulfilled or refused,
/// with at most one extension. Immutable: every command returns the new request.
/// </summary>
/// <remarks>
/// <para><b>Deadline.</b> <see cref="DueDate"/> follows <see cref="ResponseDeadline"/> in the controller's
/// <see cref="Calendar"/>: one month from the day of receipt (in the calendar's zone), moved to the next working day;
/// if proof of identity is asked for, the clock restarts on the day it is verified; <see cref="Extend"/> makes it three
/// months from the same start, and is allowed once, with a reason, no later than the current deadline.</para>
/// <para><b>Objection to direct marketing</b> takes effect on receipt (Art. 21(3)): <see cref="MarketingStopsAt"/> is
/// the receipt instant whatever happens to the request. A <see cref="RefusalReason.LegalHold"/> refuses only an
/// erasure or a restriction; <see cref="RefusalReason.IdentityNotVerified"/> only a request not yet verified.</para>
/// <para><b>Errors.</b> A command in the wrong state throws <see cref="IllegalTransitionException"/> naming the state;
/// bad values throw <see cref="ArgumentException"/>s naming the parameter; nothing changes.</para>
/// <para><b>Storage</b> (see <see cref="IProcess{TEvent}"/>): <see cref="FromHistory"/> and <see cref="FromSnapshot"/>
/// take the calendar as configuration (it is not stored) and recompute every deadline: a stored deadline that
/// disagrees is refused. Thread-safe.</para>
/// </remarks>
public sealed partial class DataSubjectRequest : IProcess<DataSubjectRequestEvent>, IHasEventLog<DataSubjectRequestEvent>
{
    /// <summary>Longest reason, note or explanation, in characters.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Longest identity-verification method, in characters.</summary>
    public const int MaxMethodLength = 200;

    private readonly EventLog<DataSubjectRequestEvent> _log;

    private DataSubjectRequest(DataSubjectRequestReceived received, BusinessCalendar calendar, DataSubjectRequestState state, LocalDate clockStart,
        LocalDate dueDate, bool isExtended, Instant? closedAt, DataSubjectRequestRefused? refusal, EventLog<DataSubjectRequestEvent> log)
    {
        (Id, Subject, Kind, ReceivedAt) = (received.RequestId, received.Subject, received.Kind, received.At);
        Calendar = calendar;
        State = state;
        ClockStart = clockStart;
        DueDate = dueDate;
        IsExtended = isExtended;
        ClosedAt = closedAt;
        Refusal = refusal;
        _log = log;
    }

    /// <summary>The controller's reference for the request.</summary>
    public string Id { get; }

    /// <summary>The customer the request is about.</summary>
    public CustomerId Subject { get; }

    /// <summary>The right exercised.</summary>
    public DataSubjectRequestKind Kind { get; }

    /// <summary>Where the request stands.</summary>
    public DataSubjectRequestState State { get; }

    /// <summary>When it was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>The controller's calendar: zone, working days and holidays that the deadline is read in.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>The day the clock started: the day of receipt, or of identity verification if proof was asked for.
    /// While proof is awaited the clock is stopped and this is still the day of receipt.</summary>
    public LocalDate ClockStart { get; }

    /// <summary>The last day to answer (see <see cref="ResponseDeadline"/>); while proof of identity is awaited, the
    /// deadline as it stood when it was asked for (it is recomputed on verification).</summary>
    public LocalDate DueDate { get; }

    /// <summary>True once the deadline was extended.</summary>
    public bool IsExtended { get; }

    /// <summary>When the request was fulfilled or refused; null while open.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>The refusal, if the request was refused.</summary>
    public DataSubjectRequestRefused? Refusal { get; }

    /// <summary>True once fulfilled or refused.</summary>
    public bool IsClosed => State is DataSubjectRequestState.Fulfilled or DataSubjectRequestState.Refused;

    /// <summary>For an objection, the instant marketing to the subject must stop: the receipt (Art. 21(3)); null for
    /// other kinds.</summary>
    public Instant? MarketingStopsAt => Kind == DataSubjectRequestKind.Objection ? ReceivedAt : null;

    /// <summary>Every event, oldest first; the first is <see cref="DataSubjectRequestReceived"/>.</summary>
    public ImmutableArray<DataSubjectRequestEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<DataSubjectRequestEvent> IHasEventLog<DataSubjectRequestEvent>.Log => _log;

    /// <inheritdoc/>
    public int Version => _log.Length;

    /// <summary>
    /// True when the request is late at <paramref name="asOf"/>: still open after its deadline day (in the calendar's
    /// zone), or closed after it. A request awaiting proof of identity is never overdue (the clock is stopped).
    /// </summary>
    public bool IsOverdue(Instant asOf)
    {
        if (State == DataSubjectRequestState.AwaitingIdentity)
        {
            return false;
        }

        // Compared as instants (the start of the day after the deadline, in the calendar's zone), so any instant,
        // Instant.MinValue and MaxValue included, has an answer: the deadline itself lies inside the calendar's coverage.
        var late = DueDate.PlusDays(1).AtStartOfDayInZone(Calendar.Zone).ToInstant();
        return (ClosedAt is { } closed && closed < asOf ? closed : asOf) >= late;
    }

    /// <summary>Logs a request received at <paramref name="at"/>; the deadline is computed in <paramref name="calendar"/>.</summary>
    /// <exception cref="ArgumentException">An invalid id, a default subject, an undefined kind, a null calendar, or a
    /// receipt whose deadline falls outside the calendar's coverage.</exception>
    public static DataSubjectRequest Receive(string requestId, CustomerId subject, DataSubjectRequestKind kind, Instant at, BusinessCalendar calendar)
    {
        Guard.Against.Null(calendar);
        var clockStart = LocalDateIn(calendar, at);
        return Start(new DataSubjectRequestReceived(at, requestId, subject, kind, ResponseDeadline.For(clockStart, calendar)), calendar);
    }

    /// <summary>Rebuilds a request from its events, checking each as the command that produced it would, deadlines
    /// included (recomputed in <paramref name="calendar"/>).</summary>
    /// <exception cref="ArgumentException">A null or empty history, or one that could not have happened; the message
    /// names the event's index.</exception>
    public static DataSubjectRequest FromHistory(IEnumerable<DataSubjectRequestEvent> history, BusinessCalendar calendar)
    {
        Guard.Against.Null(calendar);
        return ProcessHistory.Replay(history, e => Start(e, calendar), (r, e) => r.Apply(e));
    }

    /// <summary>Asks the requester for proof of identity: the clock stops until <see cref="VerifyIdentity"/>.</summary>
    /// <exception cref="IllegalTransitionException">The request is not in <see cref="DataSubjectRequestState.Received"/>.</exception>
    public DataSubjectRequest RequestIdentity(Instant at) => Apply(new IdentityRequested(at));

    /// <summary>Records that the requester's identity is confirmed; if proof had been asked for, the deadline counts
    /// from the day of verification.</summary>
    /// <exception cref="IllegalTransitionException">Already verified, in progress or closed.</exception>
    public DataSubjectRequest VerifyIdentity(Instant at, string method) =>
        Apply(new IdentityVerified(at, method, DueAfterVerification(at)));

    /// <summary>Starts work on a verified request.</summary>
    /// <exception cref="IllegalTransitionException">The identity is not verified yet, or work already started.</exception>
    public DataSubjectRequest StartWork(Instant at) => Apply(new DataSubjectRequestStarted(at));

    /// <summary>Extends the deadline by two months (three from the clock's start), once, no later than the current
    /// deadline, telling the requester why.</summary>
    /// <exception cref="IllegalTransitionException">Closed, awaiting proof of identity, or already extended.</exception>
    /// <exception cref="ArgumentException">A blank or over-long reason, or <paramref name="at"/> after the deadline day.</exception>
    public DataSubjectRequest Extend(Instant at, string reason) =>
        Apply(new DataSubjectRequestExtended(at, reason, ResponseDeadline.For(ClockStart, Calendar, ResponseDeadline.ExtendedMonths)));

    /// <summary>Records the answer.</summary>
    /// <exception cref="IllegalTransitionException">Work has not started, or the request is closed.</exception>
    public DataSubjectRequest Fulfil(Instant at, string? note = null) => Apply(new DataSubjectRequestFulfilled(at, note));

    /// <summary>Refuses the request with a reason and the explanation given to the requester.</summary>
    /// <exception cref="IllegalTransitionException">The request is closed; a legal hold on a request that is neither an
    /// erasure nor a restriction; "identity not verified" on a verified request.</exception>
    public DataSubjectRequest Refuse(Instant at, RefusalReason reason, string explanation) =>
        Apply(new DataSubjectRequestRefused(at, reason, explanation));

    private string Process => $"Data-subject request {Id}";

    private LocalDate DueAfterVerification(Instant at) =>
        State == DataSubjectRequestState.AwaitingIdentity ? ResponseDeadline.For(LocalDateIn(Calendar, at), Calendar) : DueDate;

    // The date of an instant in the controller's zone, refusing instants outside the calendar's coverage first (NodaTime
    // itself fails with an internal "daysSinceEpoch" error near Instant.MinValue and MaxValue).
    private static LocalDate LocalDateIn(BusinessCalendar calendar, Instant at)
    {
        var coverage = calendar.Coverage;
        var first = coverage.Start.AtStartOfDayInZone(calendar.Zone).ToInstant();
        var end = coverage.End.PlusDays(1).AtStartOfDayInZone(calendar.Zone).ToInstant();
        if (at < first || at >= end)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at,
                $"at must fall inside the calendar's coverage ({coverage.Start:uuuu-MM-dd} to {coverage.End:uuuu-MM-dd} in {calendar.Zone.Id}); it was {at}.");
        }

        return at.InZone(calendar.Zone).Date;
    }

#pragma warning disable CA2208 // The private steps check an event's values: the messages name the commands' parameters.

    private static DataSubjectRequest Start(DataSubjectRequestEvent e, BusinessCalendar calendar)
    {
        if (e is not DataSubjectRequestReceived received)
        {
            throw new ArgumentException($"A data-subject request's history starts with {nameof(DataSubjectRequestReceived)}; it started with {e.GetType().Name}.", "history");
        }

        Guard.Against.InvalidIdentifier(received.RequestId, "request", "requestId");
        Guard.Against.Uninitialized(received.Subject, !received.Subject.IsDefault, "subject");
        Guard.Against.UndefinedEnum(received.Kind, parameterName: "kind");
        var clockStart = LocalDateIn(calendar, received.At);
        RequireDue(received.DueDate, ResponseDeadline.For(clockStart, calendar));
        return new DataSubjectRequest(received, calendar, DataSubjectRequestState.Received, clockStart, received.DueDate, false, null, null,
            EventLog<DataSubjectRequestEvent>.Start(received));
    }

    // The one place where a later event is checked against the request and folded in (commands and replay).
    private DataSubjectRequest Apply(DataSubjectRequestEvent e)
    {
        Guard.Against.Null(e);
        _ = LocalDateIn(Calendar, e.At); // every instant is read in the calendar: none outside its coverage
        var log = ProcessHistory.Append(_log, e, Process);
        var received = (DataSubjectRequestReceived)_log.First;
        var state = State.ToString();
        switch (e)
        {
            case IdentityRequested:
                ProcessHistory.Require(State == DataSubjectRequestState.Received, Process, state, nameof(DataSubjectRequestState.AwaitingIdentity),
                    "proof of identity is asked for once, before verification");
                return new(received, Calendar, DataSubjectRequestState.AwaitingIdentity, ClockStart, DueDate, IsExtended, null, null, log);

            case IdentityVerified verified:
                ProcessHistory.Require(State is DataSubjectRequestState.Received or DataSubjectRequestState.AwaitingIdentity, Process, state,
                    nameof(DataSubjectRequestState.IdentityVerified), "identity is verified once, before work starts");
                Guard.Against.NullOrWhiteSpace(verified.Method, "method");
                Guard.Against.TooLong(verified.Method, MaxMethodLength, "method");
                var restarted = State == DataSubjectRequestState.AwaitingIdentity;
                var clockStart = restarted ? LocalDateIn(Calendar, verified.At) : ClockStart;
                RequireDue(verified.DueDate, restarted ? ResponseDeadline.For(clockStart, Calendar) : DueDate);
                return new(received, Calendar, DataSubjectRequestState.IdentityVerified, clockStart, verified.DueDate, IsExtended, null, null, log);

            case DataSubjectRequestStarted:
                ProcessHistory.Require(State == DataSubjectRequestState.IdentityVerified, Process, state, nameof(DataSubjectRequestState.InProgress),
                    "work starts once the identity is verified");
                return new(received, Calendar, DataSubjectRequestState.InProgress, ClockStart, DueDate, IsExtended, null, null, log);

            case DataSubjectRequestExtended extended:
                ProcessHistory.Require(!IsClosed && State != DataSubjectRequestState.AwaitingIdentity && !IsExtended, Process, state, "Extended",
                    IsExtended ? "a deadline is extended once" : "only an open request whose clock runs can be extended");
                RequireText(extended.Reason, "reason");
                var day = LocalDateIn(Calendar, extended.At);
                if (day > DueDate)
                {
                    throw new ArgumentOutOfRangeException("at", extended.At, $"at must be on or before the deadline ({DueDate:uuuu-MM-dd}): the requester is told of an extension within the first period; it was {day:uuuu-MM-dd}.");
                }

                RequireDue(extended.DueDate, ResponseDeadline.For(ClockStart, Calendar, ResponseDeadline.ExtendedMonths));
                return new(received, Calendar, State, ClockStart, extended.DueDate, true, null, null, log);

            case DataSubjectRequestFulfilled fulfilled:
                ProcessHistory.Require(State == DataSubjectRequestState.InProgress, Process, state, nameof(DataSubjectRequestState.Fulfilled),
                    "a request is fulfilled once work on it has started");
                Guard.Against.TooLong(fulfilled.Note, MaxTextLength, "note");
                return new(received, Calendar, DataSubjectRequestState.Fulfilled, ClockStart, DueDate, IsExtended, fulfilled.At, null, log);

            case DataSubjectRequestRefused refused:
                Guard.Against.UndefinedEnum(refused.Reason, parameterName: "reason");
                RequireText(refused.Explanation, "explanation");
                ProcessHistory.Require(!IsClosed, Process, state, nameof(DataSubjectRequestState.Refused), "the request is closed");
                ProcessHistory.Require(refused.Reason != RefusalReason.LegalHold || Kind is DataSubjectRequestKind.Erasure or DataSubjectRequestKind.Restriction,
                    Process, state, nameof(DataSubjectRequestState.Refused), $"a legal hold overrides erasure or restriction, not {Kind}");
                ProcessHistory.Require(refused.Reason != RefusalReason.IdentityNotVerified || State is DataSubjectRequestState.Received or DataSubjectRequestState.AwaitingIdentity,
                    Process, state, nameof(DataSubjectRequestState.Refused), "the identity is already verified");
                return new(received, Calendar, DataSubjectRequestState.Refused, ClockStart, DueDate, IsExtended, refused.At, refused, log);

            case DataSubjectRequestReceived:
                throw new IllegalTransitionException(Process, state, nameof(DataSubjectRequestState.Received), "a request is received once");

            default:
                throw new ArgumentException($"{e.GetType().Name} is not an event of a data-subject request.", nameof(e));
        }
    }

    private static void RequireText(string? text, string name)
    {
        Guard.Against.NullOrWhiteSpace(text, name);
        Guard.Against.TooLong(text, MaxTextLength, name);
    }

    private static void RequireDue(LocalDate stored, LocalDate computed)
    {
        if (stored != computed)
        {
            throw new ArgumentException($"dueDate must be {computed:uuuu-MM-dd} (the statutory deadline in the controller's calendar); it was {stored:uuuu-MM-dd}.", "dueDate");
        }
    }
#pragma warning restore CA2208
}
