using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// Another record of the same customer was merged into this one, which survives as the golden record (the Idic
/// room's <c>CustomerMerger</c>): appended to the history of the record whose identity won.
/// </summary>
/// <remarks>
/// <para>The event carries the absorbed record's whole history (so the golden record can be rebuilt without it) and the
/// survivorship decisions taken for each field group. The golden record keeps this record's id, source and identity
/// (gaps filled from the absorbed record), takes contact, financial data and notes from the record each decision
/// names (gaps filled from the other), unites contact points (the latest recorded per target), consent records and
/// interactions, keeps the earliest creation instant and both audit trails, and lists the absorbed id (and anything
/// either had merged) in <see cref="Customer.MergedFrom"/>.</para>
/// <para>Redacted form (after erasure): <see cref="Absorbed"/> redacted event by event.</para>
/// </remarks>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Absorbed">The absorbed record's history: a valid customer history of another, not erased customer.</param>
/// <param name="ContactFrom">The record contact data comes from: this record's id or the absorbed one's.</param>
/// <param name="FinancialFrom">The record the credit limit comes from: this record's id or the absorbed one's.</param>
/// <param name="NotesFrom">The record the notes come from: this record's id or the absorbed one's.</param>
/// <param name="Reason">The survivorship decisions in words, for the audit trail (no personal data); not blank.</param>
public sealed record CustomerMerged(Instant At, Actor Actor, ImmutableArray<CustomerEvent> Absorbed, CustomerId ContactFrom, CustomerId FinancialFrom,
    CustomerId NotesFrom, [property: Personal] string Reason) : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(CustomerMerged)} at {At} by {Actor} ({Counted.Of(Absorbed.IsDefault ? 0 : Absorbed.Length, "event")} absorbed)";

    internal override CustomerEvent Redacted() =>
        this with { Absorbed = Absorbed.IsDefault ? Absorbed : [.. Absorbed.Select(e => e?.Redacted()!)] };
}
