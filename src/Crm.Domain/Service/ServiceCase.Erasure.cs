using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Service;

// This file of the partial class: erasure of the customer's personal data. (The type's one doc comment is on the main file's declaration.)
public sealed partial class ServiceCase
{
    /// <summary>True once the customer's personal data was erased from the case (<see cref="Erase"/>).</summary>
    public bool IsErased => _log.Holds<CaseEvent, CaseErased>();

    /// <summary>
    /// Erases the customer's personal data from the case: escalation reasons (free text) become
    /// <see cref="Redaction.Marker"/>. The customer's id (pseudonymous once the customer is erased), the team, the
    /// state, every instant (so durations and SLA figures) and the counts stay. Allowed in every state.
    /// </summary>
    /// <remarks>Rewrites history as <see cref="Customer.Erase"/> does: a host must replace the stored history.</remarks>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is <c>default</c>, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The case is already erased.</exception>
    public ServiceCase Erase(Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        ProcessHistory.Require(!IsErased, Process, State.ToString(), "Erased", "the case is already erased");
        return FromHistory(History.Select(Redacted)).Apply(new CaseErased(at, actor));
    }

    /// <summary>The event without free text that may hold personal data.</summary>
    internal static CaseEvent Redacted(CaseEvent e) => e is CaseEscalated escalated ? escalated with { Reason = Redaction.Marker } : e;

    /// <summary>True when every event's free text is redacted.</summary>
    internal static bool IsRedacted(ReadOnlySpan<CaseEvent> events)
    {
        foreach (var e in events)
        {
            if (e is CaseEscalated { Reason: var reason } && !Redaction.IsRedacted(reason))
            {
                return false;
            }
        }

        return true;
    }

    private ServiceCase Erased(CaseErased e)
    {
        Guard.Against.Uninitialized(e.Actor, !e.Actor.IsDefault, "actor");
        ProcessHistory.Require(!IsErased, Process, State.ToString(), "Erased", "the case is already erased");
        if (!IsRedacted(_log.AsSpan()))
        {
            throw new ArgumentException($"{Process}: an erased case's history must be redacted, but an escalation reason is still there.", nameof(e));
        }

        return With(ProcessHistory.Append(_log, e, Process), State, resolvedAt: ResolvedAt, pausedSince: PausedSince);
    }
}
