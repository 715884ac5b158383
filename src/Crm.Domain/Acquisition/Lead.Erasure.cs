using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Acquisition;

// This file of the partial class: erasure of the person behind the lead. (The type's one doc comment is on the main file's declaration.)
public sealed partial class Lead
{
    /// <summary>True once the person behind the lead was erased (<see cref="Erase"/>).</summary>
    public bool IsErased => _log.Holds<LeadEvent, LeadErased>();

    /// <summary>
    /// Erases the person's data from the lead: every stage-change note becomes <see cref="Redaction.Marker"/>; the
    /// stages, instants, source, attitude, tags and conversion (identifiers only) stay, so funnel counts and durations
    /// stay right.
    /// </summary>
    /// <remarks>Rewrites history as <see cref="Customer.Erase"/> does: the new lead's <see cref="History"/> is every
    /// earlier event redacted, then <see cref="LeadErased"/>; a host must replace the stored history with it.</remarks>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is <c>default</c>, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The lead is already erased.</exception>
    public Lead Erase(Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        ProcessHistory.Require(!IsErased, Process, Stage.ToString(), "Erased", "the lead is already erased");
        return FromHistory(History.Select(Redacted)).Apply(new LeadErased(at, actor));
    }

    private static LeadEvent Redacted(LeadEvent e) => e is LeadStageChanged { Note: not null } change ? change with { Note = Redaction.Marker } : e;

    private Lead Apply(LeadErased e)
    {
        Guard.Against.Uninitialized(e.Actor, !e.Actor.IsDefault, "actor");
        ProcessHistory.Require(!IsErased, Process, Stage.ToString(), "Erased", "the lead is already erased");
        foreach (var earlier in _log.AsSpan())
        {
            if (earlier is LeadStageChanged { Note: var note } && !Redaction.IsRedacted(note))
            {
                throw new ArgumentException($"{Process}: an erased lead's history must be redacted, but a note is still there.", nameof(e));
            }
        }

        return new Lead(Id, Source, Attitude, Strategies, Stage, StageEnteredAt, ProcessHistory.Append(_log, e, Process));
    }
}
