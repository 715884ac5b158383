using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>A customer's interactions as a time series, ordered by instant (then reference); nothing is ever removed.</summary>
/// <remarks>Immutable and thread-safe; <see cref="Empty"/> has no interactions.</remarks>
public sealed class CustomerTimeline
{
    // Append-only in the common case (interactions arrive in time order): Add is amortised O(1), so a customer
    // with a long timeline costs the same per interaction as a new one (see EventLog).
    private readonly EventLog<Interaction> _log;

    [JsonConstructor]
    internal CustomerTimeline(ImmutableArray<Interaction> interactions)
    {
        if (interactions.IsDefault || interactions.Any(i => i is null))
        {
            throw new ArgumentException("interactions must be a non-default array without nulls.", nameof(interactions));
        }

        _log = EventLog<Interaction>.From([.. interactions.OrderBy(i => i.At).ThenBy(i => i.Reference, StringComparer.Ordinal)]);
    }

    private CustomerTimeline(EventLog<Interaction> log) => _log = log;

    /// <summary>The timeline without interactions.</summary>
    public static CustomerTimeline Empty { get; } = new([]);

    /// <summary>Every interaction, by instant.</summary>
    public ImmutableArray<Interaction> Interactions => _log.Events;

    /// <summary>The number of interactions.</summary>
    [JsonIgnore]
    public int Count => _log.Length;

    /// <summary>The latest interaction's instant; null if none.</summary>
    [JsonIgnore]
    public Instant? LastAt => _log.IsEmpty ? null : _log.Last.At;

    /// <summary>Creates a timeline from interactions in any order.</summary>
    public static CustomerTimeline Of(IEnumerable<Interaction> interactions) => new([.. Guard.Against.Null(interactions)]);

    /// <summary>The timeline with one more interaction.</summary>
    public CustomerTimeline Add(Interaction interaction)
    {
        Guard.Against.Null(interaction);

        // At or after the last one in the timeline's order: an append. Otherwise a sorted rebuild (a late report).
        return _log.IsEmpty || SortsAtOrAfter(interaction, _log.Last) ? new CustomerTimeline(_log.Append(interaction)) : new CustomerTimeline(Interactions.Add(interaction));
    }

    private static bool SortsAtOrAfter(Interaction next, Interaction last) =>
        next.At > last.At || (next.At == last.At && string.CompareOrdinal(next.Reference, last.Reference) >= 0);

    /// <summary>The interactions within <paramref name="interval"/> (start included, end excluded).</summary>
    public IEnumerable<Interaction> Within(Interval interval) => Interactions.Where(i => interval.Contains(i.At));

    /// <summary>The number of interactions of <paramref name="kind"/>.</summary>
    public int CountOf(InteractionKind kind) => Interactions.Count(i => i.Kind == kind);

    /// <summary>Every interaction of both timelines (one present in both appears once): nothing is lost in a merge.</summary>
    public CustomerTimeline Union(CustomerTimeline other) => new([.. Interactions.Union(Guard.Against.Null(other).Interactions)]);

    /// <inheritdoc />
    public override string ToString() => $"{Count} interactions";
}
