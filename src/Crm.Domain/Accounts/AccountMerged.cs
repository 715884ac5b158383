using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>A duplicate account was merged into this one, which survives (<see cref="AccountMerger"/>): appended to
/// the survivor's history; the duplicate's own history ends with <see cref="AccountMergedInto"/>.</summary>
/// <remarks>As <see cref="Customers.CustomerMerged"/> does for people, the event carries the duplicate's whole history
/// (before its closure), so the survivor is rebuilt without the duplicate's record. The survivor keeps its own name,
/// owner, parent, domain, industry, size and address; it gains the duplicate's identifiers it lacks (its own first) and
/// every contact of the duplicate (a contact on both keeps the union of its roles); its primary contact stays, or is the
/// duplicate's when it had none.</remarks>
/// <param name="At">When.</param>
/// <param name="Absorbed">The duplicate's history: a valid history of another account, not merged itself.</param>
public sealed record AccountMerged(Instant At, ImmutableArray<AccountEvent> Absorbed) : AccountEvent(At)
{
    /// <summary>The event's kind, instant and the number of absorbed events (the absorbed names and address stay out of logs).</summary>
    public override string ToString() => $"{nameof(AccountMerged)} at {At} ({Counted.Of(Absorbed.IsDefault ? 0 : Absorbed.Length, "event")} absorbed)";

    /// <inheritdoc />
    public bool Equals(AccountMerged? other) =>
        other is not null && base.Equals(other) && Absorbed.AsSpan().SequenceEqual(other.Absorbed.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Absorbed.IsDefault ? 0 : Absorbed.Length);
}
