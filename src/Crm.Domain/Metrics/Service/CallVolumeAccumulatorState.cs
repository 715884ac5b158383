using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>The state of a <see cref="CallVolumeAccumulator"/> (see <see cref="IAccumulatorState{TSelf, TState}"/>):
/// the calls per local date. JSON: <c>{"zone":"Europe/London"|null,"total":7,"days":["2026-05-04",...],"counts":[3,...]}</c>.</summary>
/// <param name="Zone">The desk's zone; null only for the zone-less <see cref="CallVolumeAccumulator.Empty"/>, which
/// holds no calls.</param>
/// <param name="Total">The number of calls: the sum of <paramref name="Counts"/>.</param>
/// <param name="Days">The local dates (ISO calendar) with at least one call, strictly ascending.</param>
/// <param name="Counts">The calls on each of <paramref name="Days"/> (same length), each &gt; 0.</param>
/// <remarks>A plain record, checked only by <see cref="CallVolumeAccumulator.FromState"/>. Equality compares the zone
/// by id and the arrays element by element. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CallVolumeAccumulatorState(
    [property: JsonRequired] DateTimeZone? Zone,
    [property: JsonRequired] long Total,
    [property: JsonRequired] ImmutableArray<LocalDate> Days,
    [property: JsonRequired] ImmutableArray<long> Counts)
{
    /// <inheritdoc />
    public bool Equals(CallVolumeAccumulatorState? other) =>
        other is not null && ZoneRules.Same(Zone, other.Zone) && Total == other.Total &&
        StateEquality.Equal(Days, other.Days) && StateEquality.Equal(Counts, other.Counts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zone?.Id, Total, StateEquality.Hash(Days), StateEquality.Hash(Counts));
}
