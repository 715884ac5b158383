using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>One customer a <see cref="ProcessingRestrictions"/> screen left out of a population, and why.</summary>
/// <remarks>Holds an id, a position, an instant and the rule, never personal data. Immutable and thread-safe.</remarks>
public sealed class ScreenedOut
{
    internal ScreenedOut(int position, ProcessingRestriction restriction, Instant at)
    {
        Position = position;
        Restriction = restriction;
        BlockedSince = restriction.BlockedSince(at)!.Value;
        Reason = restriction.Reason(at)!;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer => Restriction.Customer;

    /// <summary>The customer's index in the population given to the screen (0-based).</summary>
    public int Position { get; }

    /// <summary>The entry that blocked the customer.</summary>
    public ProcessingRestriction Restriction { get; }

    /// <summary>Since when the customer was blocked at the screen's instant.</summary>
    public Instant BlockedSince { get; }

    /// <summary>Why: the rule and its date (restriction and its ground, or objection).</summary>
    [NotPersonal("the library's text: the restriction's ground and date")]
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Customer} (position {Position}) left out: {Reason}";
}
