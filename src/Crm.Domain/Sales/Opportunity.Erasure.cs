using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Sales;

// This file of the partial class: erasure of the person's data. (The type's one doc comment is on the main file's declaration.)
public sealed partial class Opportunity
{
    /// <summary>True once the person's data was erased from the opportunity (<see cref="Erase"/>).</summary>
    public bool IsErased => _log.Holds<OpportunityEvent, OpportunityErased>();

    /// <summary>
    /// Erases the person's data from the opportunity: its <see cref="Name"/> becomes <see cref="Redaction.Marker"/>.
    /// The party's identifier, owner, amounts, lines, stage and instants stay. Allowed in every stage.
    /// </summary>
    /// <remarks>Rewrites history as <see cref="Customer.Erase"/> does: a host must replace the stored history.</remarks>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is <c>default</c>, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The opportunity is already erased.</exception>
    public Opportunity Erase(Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        ProcessHistory.Require(!IsErased, Process, Stage.ToString(), "Erased", "the opportunity is already erased");
        return FromHistory(History.Select(e => e is OpportunityCreated created ? created with { Name = Redaction.Marker } : e))
            .Apply(new OpportunityErased(at, actor));
    }

    private Opportunity Apply(OpportunityErased e)
    {
        Guard.Against.Uninitialized(e.Actor, !e.Actor.IsDefault, "actor");
        ProcessHistory.Require(!IsErased, Process, Stage.ToString(), "Erased", "the opportunity is already erased");
        if (!Redaction.IsRedacted(Name))
        {
            throw new ArgumentException($"{Process}: an erased opportunity's history must be redacted, but its name is still there.", nameof(e));
        }

        return new Opportunity(Id, Name, Party, Owner, Amount, ExpectedClose, Stage, LineItems, ProcessHistory.Append(_log, e, Process));
    }
}
