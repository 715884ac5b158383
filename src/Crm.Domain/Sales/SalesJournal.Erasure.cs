using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales;

// This file of the partial class: erasure of one party's personal data. (The type's one doc comment is on the main file's declaration.)
public sealed partial class SalesJournal
{
    /// <summary>True when the journal holds free text about <paramref name="party"/> that is not erased: an activity's
    /// notes or a follow-up's purpose.</summary>
    public bool HoldsTextOf(SalesParty party) =>
        Activities.Any(a => a.Party == party && !Redaction.IsRedacted(a.Notes))
        || FollowUps.Any(f => f.Party == party && !Redaction.IsRedacted(f.Purpose));

    /// <summary>True when the journal has any activity or follow-up with <paramref name="party"/>.</summary>
    public bool Mentions(SalesParty party) => Activities.Any(a => a.Party == party) || FollowUps.Any(f => f.Party == party);

    /// <summary>
    /// Erases <paramref name="party"/>'s personal data from the journal: the notes of its activities become
    /// <see cref="Redaction.Marker"/>, the purposes of its follow-ups the marker with the follow-up's id. Kinds,
    /// outcomes, owners, instants, due dates, completions and counts stay; other parties' entries are untouched.
    /// </summary>
    /// <remarks>Rewrites history as <see cref="Customer.Erase"/> does: a host must replace the stored history. May be
    /// repeated (entries recorded after an erasure are erased by the next).</remarks>
    /// <exception cref="ArgumentException"><paramref name="party"/> or <paramref name="actor"/> is <c>default</c>, or
    /// <paramref name="at"/> is before the last event.</exception>
    public SalesJournal Erase(SalesParty party, Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(party, party.Kind != SalesPartyKind.Unknown);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        return FromHistory(History.Select(e => Redacted(e, party))).Apply(new SalesJournalPartyErased(at, actor, party));
    }

    private static SalesJournalEvent Redacted(SalesJournalEvent e, SalesParty party) => e switch
    {
        SalesJournalActivityRecorded { Activity: var a } x when a.Party == party && a.Notes is not null =>
            x with { Activity = new Activity(a.Id, a.Kind, a.Party, a.Owner, a.At, a.Outcome, Redaction.Marker) },
        SalesJournalFollowUpScheduled { FollowUp: var f } x when f.Party == party =>
            x with { FollowUp = new FollowUp(f.Id, f.Party, Redaction.MarkerFor(f.Id), f.Owner, f.CreatedAt, f.Due, f.CompletedAt) },
        _ => e,
    };

    private SalesJournal Erased(SalesJournalPartyErased e)
    {
        Guard.Against.Uninitialized(e.Party, e.Party.Kind != SalesPartyKind.Unknown, "party");
        Guard.Against.Uninitialized(e.Actor, !e.Actor.IsDefault, "actor");
        if (HoldsTextOf(e.Party))
        {
            throw new ArgumentException($"sales journal {Id}: an erasure of {e.Party} must follow a redacted history, but a note or purpose of the party is still there.", nameof(e));
        }

        return Next(e, Activities, FollowUps, _activityIds, _followUpIndex, _openIds);
    }
}
