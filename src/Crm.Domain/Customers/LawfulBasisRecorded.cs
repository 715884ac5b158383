using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>A lawful basis other than consent was granted or ended for a channel and purpose
/// (<see cref="Customer.RecordLawfulBasis"/>, <see cref="FieldGroup.Consent"/>).</summary>
/// <remarks>Like <see cref="ConsentRecorded"/>: <see cref="CustomerEvent.At"/> is the previous event's instant and the
/// record's own <see cref="ConsentRecord.At"/> is when the basis began or ended; the record joins the customer's
/// <see cref="Customer.Consents"/> ledger. Redacted form (after erasure): the record anonymised.</remarks>
/// <param name="At">The previous event's instant.</param>
/// <param name="Actor">Who.</param>
/// <param name="Record">The record (its <see cref="ConsentRecord.Basis"/> is not <see cref="LawfulBasis.Consent"/>).</param>
public sealed record LawfulBasisRecorded(Instant At, Actor Actor, ConsentRecord Record) : CustomerEvent(At, Actor)
{
    internal override CustomerEvent Redacted() => this with { Record = Record.Anonymised() };
}
