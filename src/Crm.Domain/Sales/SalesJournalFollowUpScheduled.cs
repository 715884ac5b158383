using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>A follow-up was scheduled in the journal (<see cref="SalesJournal.Schedule"/>).</summary>
/// <param name="At">When the journal learnt of it: the follow-up's creation instant, or the previous event's if that
/// is later. Never before <see cref="FollowUp.CreatedAt"/>.</param>
/// <param name="FollowUp">The follow-up, open, with an identifier not used before in the journal, and no other open
/// follow-up of its party for its purpose.</param>
public sealed record SalesJournalFollowUpScheduled(Instant At, FollowUp FollowUp) : SalesJournalEvent(At);
