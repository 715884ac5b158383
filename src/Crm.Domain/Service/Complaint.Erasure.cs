using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Service;

// This file of the partial class: erasure of the customer's personal data. (The type's one doc comment is on the main file's declaration.)
public sealed partial class Complaint
{
    /// <summary>True once the customer's personal data was erased from the complaint (<see cref="Erase"/>).</summary>
    public bool IsErased => _log.Holds<ComplaintEvent, ComplaintErased>();

    /// <summary>
    /// Erases the customer's personal data from the complaint: the subject and the case's escalation reasons become
    /// <see cref="Redaction.Marker"/>; the outcome, the compensation, the case's state, instants and counts stay (so
    /// recovery rates and durations stay right).
    /// </summary>
    /// <remarks>Rewrites history as <see cref="Customer.Erase"/> does: a host must replace the stored history. The
    /// complaint's case history is redacted as <see cref="ServiceCase.Erase"/> redacts, so <see cref="WithCase"/>
    /// accepts the erased case afterwards.</remarks>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is <c>default</c>, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The complaint is already erased.</exception>
    public Complaint Erase(Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        ProcessHistory.Require(!IsErased, Process, Outcome.ToString(), "Erased", "the complaint is already erased");
        return FromHistory(History.Select(Redacted)).Apply(new ComplaintErased(at, actor));
    }

    private static ComplaintEvent Redacted(ComplaintEvent e) => e switch
    {
        ComplaintFiled filed => filed with { Subject = Redaction.Marker, CaseHistory = [.. filed.CaseHistory.Select(ServiceCase.Redacted)] },
        ComplaintCaseProgressed progressed => progressed with { CaseEvents = [.. progressed.CaseEvents.Select(ServiceCase.Redacted)] },
        _ => e,
    };

    private Complaint Erased(ComplaintErased e)
    {
        Guard.Against.Uninitialized(e.Actor, !e.Actor.IsDefault, "actor");
        ProcessHistory.Require(!IsErased, Process, Outcome.ToString(), "Erased", "the complaint is already erased");
        if (!Redaction.IsRedacted(Subject) || !ServiceCase.IsRedacted(Case.History.AsSpan()))
        {
            throw new ArgumentException($"{Process}: an erased complaint's history must be redacted, but its subject or an escalation reason is still there.", nameof(e));
        }

        return new Complaint(Case, Subject, Outcome, Compensation, DecidedAt, ProcessHistory.Append(_log, e, Process));
    }
}
