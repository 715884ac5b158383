using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>An activity was recorded in the journal (<see cref="SalesJournal.Record"/>).</summary>
/// <param name="At">When the journal learnt of it: the activity's instant, or the previous event's if that is later
/// (an activity logged late). Never before <see cref="Activity.At"/>.</param>
/// <param name="Activity">The activity, with an identifier not used before in the journal.</param>
public sealed record SalesJournalActivityRecorded(Instant At, Activity Activity) : SalesJournalEvent(At);
