using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>
/// One entry of a <see cref="SalesJournal"/>'s history: its creation, an activity recorded, a follow-up scheduled or
/// completed. The whole journal (activities, follow-ups and their states) replays from these
/// (<see cref="SalesJournal.FromHistory"/>).
/// </summary>
/// <param name="At">When the journal learnt of the change; never before the previous event's instant.</param>
/// <remarks>Plain, immutable records carrying the inputs of the change. JSON: polymorphic with a <c>"type"</c>
/// discriminator <c>"salesJournal.&lt;change&gt;.v1"</c>; an unknown discriminator is refused.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SalesJournalCreated), "salesJournal.created.v1")]
[JsonDerivedType(typeof(SalesJournalActivityRecorded), "salesJournal.activityRecorded.v1")]
[JsonDerivedType(typeof(SalesJournalFollowUpScheduled), "salesJournal.followUpScheduled.v1")]
[JsonDerivedType(typeof(SalesJournalFollowUpCompleted), "salesJournal.followUpCompleted.v1")]
[JsonDerivedType(typeof(SalesJournalPartyErased), "salesJournal.partyErased.v1")]
public abstract record SalesJournalEvent(Instant At) : IProcessEvent;
