using Crm.Domain.Customers;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>A party's personal data was erased from the journal (<see cref="SalesJournal.Erase"/>): the notes of its
/// activities and the purposes of its follow-ups became <see cref="Primitives.Redaction.Marker"/> (a purpose with the
/// follow-up's id appended, so open follow-ups stay distinct); kinds, outcomes, owners, instants and counts stay.</summary>
/// <param name="At">When; not before the previous event.</param>
/// <param name="Actor">Who erased; not <c>default</c>.</param>
/// <param name="Party">Whose data (not <c>default</c>).</param>
/// <remarks>Appears in a history where every earlier entry of the party is redacted.</remarks>
public sealed record SalesJournalPartyErased(Instant At, Actor Actor, SalesParty Party) : SalesJournalEvent(At);
