using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>An open follow-up of the journal was completed (<see cref="SalesJournal.Complete"/>).</summary>
/// <param name="At">When it was completed (its <see cref="FollowUp.CompletedAt"/>); not before its creation.</param>
/// <param name="FollowUpId">The follow-up's identifier.</param>
public sealed record SalesJournalFollowUpCompleted(Instant At, string FollowUpId) : SalesJournalEvent(At);
