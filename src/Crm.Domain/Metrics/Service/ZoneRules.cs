using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>Shared rules of the zone-bound accumulators: which zone a merge keeps, and the error for a zone-less add.</summary>
internal static class ZoneRules
{
    /// <summary>The zone of a merge: a zone-less side (the empty identity) adopts the other side's zone; two different
    /// zones are refused, because "the same day" in London and in Tokyo are different days.</summary>
    public static DateTimeZone? Merge(DateTimeZone? left, DateTimeZone? right, string accumulator)
    {
        if (left is null)
        {
            return right;
        }

        if (right is null || string.Equals(left.Id, right.Id, StringComparison.Ordinal))
        {
            return left;
        }

        throw new ArgumentException(
            $"Cannot combine {accumulator} accumulators of different zones: left is '{left.Id}', right is '{right.Id}'. Combine per zone, or compute both in one zone.",
            nameof(right));
    }

    /// <summary>Throws when an accumulator has no zone (it is the zone-less <c>Empty</c>).</summary>
    public static DateTimeZone Require(DateTimeZone? zone, string accumulator) =>
        zone ?? throw new InvalidOperationException(
            $"This {accumulator} has no time zone (it is the zone-less Empty, the identity of Combine); create it with {accumulator}.For(zone) before adding observations.");

    /// <summary>Zone equality by TZDB id.</summary>
    public static bool Same(DateTimeZone? left, DateTimeZone? right) =>
        string.Equals(left?.Id, right?.Id, StringComparison.Ordinal);
}
