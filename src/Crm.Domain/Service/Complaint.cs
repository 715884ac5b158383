using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// A complaint: a <see cref="ServiceCase"/> with a subject and, once resolved, the outcome of service recovery and
/// any compensation given. Immutable: <see cref="RecordOutcome"/> and <see cref="WithCase"/> return new values.
/// </summary>
/// <remarks>
/// <para>The outcome can be recorded only once the case is resolved, and only once; anything else throws
/// <see cref="IllegalTransitionException"/>.</para>
/// <para>Storage (the shape every process of the library shares, see <see cref="IProcess{TEvent}"/>): the
/// <see cref="History"/> of <see cref="ComplaintEvent"/>s is the truth and is self-contained (it carries every event of
/// the case too). <see cref="FromHistory"/> rebuilds an equal complaint from it; <see cref="ToSnapshot"/> and
/// <see cref="FromSnapshot"/> convert to and from a <see cref="ComplaintSnapshot"/> for <c>CrmJson</c>. Thread-safe.</para>
/// </remarks>
public sealed partial class Complaint : IProcess<ComplaintEvent>, IHasEventLog<ComplaintEvent>
{
    // The history as a persistent append-only log: a command appends in amortised O(1) (see EventLog).
    private readonly EventLog<ComplaintEvent> _log;

    private Complaint(ServiceCase serviceCase, string subject, ServiceRecoveryOutcome outcome, Money? compensation, Instant? decidedAt,
        EventLog<ComplaintEvent> history)
    {
        Case = serviceCase;
        Subject = subject;
        Outcome = outcome;
        Compensation = compensation;
        DecidedAt = decidedAt;
        _log = history;
    }

    /// <summary>The case that handles the complaint.</summary>
    public ServiceCase Case { get; }

    /// <summary>What the complaint is about.</summary>
    [Personal]
    public string Subject { get; }

    /// <summary>The service-recovery outcome; <see cref="ServiceRecoveryOutcome.Pending"/> until recorded.</summary>
    public ServiceRecoveryOutcome Outcome { get; }

    /// <summary>Compensation given (refund, credit), if any.</summary>
    public Money? Compensation { get; }

    /// <summary>When the outcome was recorded.</summary>
    public Instant? DecidedAt { get; }

    /// <summary>Every event, oldest first; the first is <see cref="ComplaintFiled"/>.</summary>
    public ImmutableArray<ComplaintEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<ComplaintEvent> IHasEventLog<ComplaintEvent>.Log => _log;

    /// <inheritdoc/>
    public int Version => _log.Length;

    /// <summary>Files a complaint handled by <paramref name="serviceCase"/>, at the instant of the case's last event.</summary>
    /// <exception cref="ArgumentException"><paramref name="serviceCase"/> is null or <paramref name="subject"/> is blank.</exception>
    public static Complaint File(ServiceCase serviceCase, string subject)
    {
        Guard.Against.Null(serviceCase);
        return Filed(new ComplaintFiled(serviceCase.LastEventAt, subject, serviceCase.History), serviceCase);
    }

    /// <summary>
    /// Rebuilds a complaint from its events (oldest first, starting with <see cref="ComplaintFiled"/>), checking each
    /// one, and each event of its case, as the command that produced it would.
    /// </summary>
    /// <exception cref="ArgumentException">A null or empty history, or one that could not have happened (not starting
    /// with <see cref="ComplaintFiled"/>, a second filing, a case history that could not have happened, an outcome
    /// before the resolution or recorded twice, an instant before the previous event's…); the message names the
    /// event's index.</exception>
    public static Complaint FromHistory(IEnumerable<ComplaintEvent> history) =>
        ProcessHistory.Replay(history, Start, (c, e) => c.Apply(e));

    /// <summary>
    /// The complaint with its case moved on: <paramref name="serviceCase"/> must be the same case, with the complaint's
    /// case history as the start of its own. Returns this complaint when the case has no new event; otherwise appends a
    /// <see cref="ComplaintCaseProgressed"/> with the new events.
    /// </summary>
    /// <exception cref="ArgumentException">A different case, an older version of it, or one whose history does not
    /// continue the complaint's case history.</exception>
    public Complaint WithCase(ServiceCase serviceCase)
    {
        Guard.Against.Null(serviceCase);
        var known = Case.Version;
        if (serviceCase.Id != Case.Id || serviceCase.Version < known
            || !serviceCase.History.AsSpan(0, known).SequenceEqual(Case.History.AsSpan()))
        {
            throw new ArgumentException($"serviceCase must be case {Case.Id} continuing its {known} events; it was case {serviceCase.Id} with {serviceCase.Version} events.", nameof(serviceCase));
        }

        if (serviceCase.Version == known)
        {
            return this;
        }

        var last = _log.Last.At;
        return Apply(new ComplaintCaseProgressed(serviceCase.LastEventAt > last ? serviceCase.LastEventAt : last, serviceCase.History[known..]));
    }

    /// <summary>Records the recovery outcome of a resolved complaint.</summary>
    /// <exception cref="IllegalTransitionException">The case is not resolved, or an outcome was already recorded.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is Pending or undefined, compensation is negative, or
    /// <paramref name="at"/> precedes the resolution or the complaint's last event.</exception>
    public Complaint RecordOutcome(ServiceRecoveryOutcome outcome, Instant at, Money? compensation = null) =>
        Apply(new ComplaintOutcomeRecorded(at, outcome, compensation));

    private string Process => $"Complaint {Case.Id}";

#pragma warning disable CA2208 // The private steps below check an event's values: the messages name the commands' parameters.

    private static Complaint Start(ComplaintEvent e)
    {
        if (e is not ComplaintFiled filed)
        {
            throw new ArgumentException($"A complaint's history starts with {nameof(ComplaintFiled)}; it started with {e.GetType().Name}.", "history");
        }

        if (filed.CaseHistory.IsDefault)
        {
            throw new ArgumentException("caseHistory must be present.", "caseHistory");
        }

        return Filed(filed, ServiceCase.FromHistory(filed.CaseHistory));
    }

    // The creation rules, shared by File (with the live case) and Start (with the case replayed from the event).
    private static Complaint Filed(ComplaintFiled e, ServiceCase serviceCase)
    {
        Guard.Against.NullOrWhiteSpace(e.Subject, "subject");
        if (e.At < serviceCase.LastEventAt)
        {
            throw new ArgumentOutOfRangeException("at", e.At, $"at must not be before the case's last event ({serviceCase.LastEventAt}); it was {e.At}.");
        }

        return new Complaint(serviceCase, e.Subject, ServiceRecoveryOutcome.Pending, null, null, EventLog<ComplaintEvent>.Start(e));
    }

    // The one place where a later event is checked against the complaint and folded in (commands and replay).
    private Complaint Apply(ComplaintEvent e)
    {
        Guard.Against.Null(e);
        return e switch
        {
            ComplaintCaseProgressed progressed => Progressed(progressed),
            ComplaintOutcomeRecorded recorded => Recorded(recorded),
            ComplaintErased erased => Erased(erased),
            ComplaintFiled => throw new IllegalTransitionException(Process, Outcome.ToString(), "file", "a complaint is filed only once"),
            _ => throw new ArgumentException($"{e.GetType().Name} is not an event of a complaint.", nameof(e)),
        };
    }

    private Complaint Progressed(ComplaintCaseProgressed e)
    {
        if (e.CaseEvents.IsDefaultOrEmpty)
        {
            throw new ArgumentException("caseEvents must hold at least one event of the case.", "caseEvents");
        }

        var serviceCase = Case;
        foreach (var caseEvent in e.CaseEvents)
        {
            serviceCase = serviceCase.Apply(caseEvent);
        }

        if (e.At < serviceCase.LastEventAt)
        {
            throw new ArgumentOutOfRangeException("at", e.At, $"at must not be before the case's last event ({serviceCase.LastEventAt}); it was {e.At}.");
        }

        return new Complaint(serviceCase, Subject, Outcome, Compensation, DecidedAt, ProcessHistory.Append(_log, e, Process));
    }

    private Complaint Recorded(ComplaintOutcomeRecorded e)
    {
        var (outcome, at, compensation) = (e.Outcome, e.At, e.Compensation);
        Guard.Against.UndefinedEnum(outcome);

        if (compensation is { } c)
        {
            Guard.Against.NegativeAmount(c, parameterName: nameof(compensation));
        }

        if (Outcome != ServiceRecoveryOutcome.Pending)
        {
            throw new IllegalTransitionException(Process, Outcome.ToString(), outcome.ToString(), "an outcome is already recorded");
        }

        if (!Case.IsResolved)
        {
            throw new IllegalTransitionException(Process, Case.State.ToString(), outcome.ToString(), "the case must be resolved first");
        }

        if (at < Case.ResolvedAt!.Value)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"at must not be before the resolution ({Case.ResolvedAt}); it was {at}.");
        }

        return new Complaint(Case, Subject, outcome, compensation, at, ProcessHistory.Append(_log, e, Process));
    }
#pragma warning restore CA2208

    /// <inheritdoc />
    /// <remarks>Leaves the subject out: it is free text about the customer (issue 17).</remarks>
    public override string ToString() => $"Complaint on case {Case.Id}: {Outcome}";
}
