using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>An empty sales journal was created (<see cref="SalesJournal.Create"/>); always the first event of a history.</summary>
/// <param name="At">When the journal was created.</param>
/// <param name="JournalId">The journal identifier (non-blank), e.g. the sales team or territory it belongs to.</param>
public sealed record SalesJournalCreated(Instant At, string JournalId) : SalesJournalEvent(At);
