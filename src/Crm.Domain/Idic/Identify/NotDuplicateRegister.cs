using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// The remembered "not a duplicate" decisions: a pair in the register is never reported again by
/// <see cref="DuplicateDetector"/>, however high its score. Order of the ids does not matter.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="Empty"/> remembers nothing.</remarks>
public sealed class NotDuplicateRegister
{
    private readonly ImmutableDictionary<(CustomerId, CustomerId), NotDuplicateDecision> _decisions;

    private NotDuplicateRegister(ImmutableDictionary<(CustomerId, CustomerId), NotDuplicateDecision> decisions) => _decisions = decisions;

    /// <summary>The register without decisions.</summary>
    public static NotDuplicateRegister Empty { get; } = new(ImmutableDictionary<(CustomerId, CustomerId), NotDuplicateDecision>.Empty);

    /// <summary>The number of decisions.</summary>
    public int Count => _decisions.Count;

    /// <summary>Every decision, by first then second id.</summary>
    public IEnumerable<NotDuplicateDecision> Decisions => _decisions.Values.OrderBy(d => d.First).ThenBy(d => d.Second);

    /// <summary>Rebuilds a register from stored decisions.</summary>
    public static NotDuplicateRegister Of(IEnumerable<NotDuplicateDecision> decisions)
    {
        Guard.Against.Null(decisions);
        return decisions.Aggregate(Empty, (r, d) => r.Remember(Guard.Against.NullElement(d, nameof(decisions)).First, d.Second, d.DecidedBy, d.At));
    }

    /// <summary>Remembers that <paramref name="a"/> and <paramref name="b"/> are different customers (a later decision replaces an earlier one).</summary>
    /// <exception cref="ArgumentException">Default or equal ids, or a default actor.</exception>
    public NotDuplicateRegister Remember(CustomerId a, CustomerId b, Actor decidedBy, Instant at)
    {
        Guard.Against.Uninitialized(a, !a.IsDefault);
        Guard.Against.Uninitialized(b, !b.IsDefault);
        Guard.Against.Uninitialized(decidedBy, !decidedBy.IsDefault);
        if (a == b)
        {
            throw new ArgumentException($"A record cannot be 'not a duplicate' of itself ({a}).", nameof(b));
        }

        var key = Key(a, b);
        return new NotDuplicateRegister(_decisions.SetItem(key, new NotDuplicateDecision(key.Item1, key.Item2, decidedBy, at)));
    }

    /// <summary>True when the pair was decided "not a duplicate".</summary>
    public bool Contains(CustomerId a, CustomerId b) => _decisions.ContainsKey(Key(a, b));

    /// <inheritdoc />
    public override string ToString() => $"{Count} not-duplicate decisions";

    private static (CustomerId, CustomerId) Key(CustomerId a, CustomerId b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);
}
