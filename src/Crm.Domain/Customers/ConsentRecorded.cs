using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>A consent grant or withdrawal was recorded (<see cref="Customer.RecordConsent"/>, <see cref="FieldGroup.Consent"/>).</summary>
/// <remarks><see cref="CustomerEvent.At"/> is the previous event's instant (the command takes none); the record's own
/// <see cref="ConsentRecord.At"/> is when the customer consented. Redacted form (after erasure): the record
/// anonymised (<see cref="ConsentRecord.Anonymised"/>); its countable facts stay.</remarks>
/// <param name="At">The previous event's instant.</param>
/// <param name="Actor">Who.</param>
/// <param name="Record">The consent record.</param>
public sealed record ConsentRecorded(Instant At, Actor Actor, ConsentRecord Record) : CustomerEvent(At, Actor)
{
    internal override CustomerEvent Redacted() => this with { Record = Record.Anonymised() };
}
