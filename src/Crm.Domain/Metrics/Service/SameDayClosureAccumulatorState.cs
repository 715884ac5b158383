using System.Text.Json.Serialization;
using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>The state of a <see cref="SameDayClosureAccumulator"/> (see <see cref="IAccumulatorState{TSelf, TState}"/>).
/// JSON: <c>{"zone":"Europe/London"|null,"sameDay":412,"cases":500}</c> (the zone as its TZDB id).</summary>
/// <param name="Zone">The service desk's zone; null only for the zone-less <see cref="SameDayClosureAccumulator.Empty"/>,
/// which holds no cases.</param>
/// <param name="SameDay">Cases closed on their opening's local date, in [0, <paramref name="Cases"/>].</param>
/// <param name="Cases">Closed cases, &gt;= 0; 0 when <paramref name="Zone"/> is null.</param>
/// <remarks>A plain record, checked only by <see cref="SameDayClosureAccumulator.FromState"/>. Equality compares the
/// zone by id and the counts. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SameDayClosureAccumulatorState(
    [property: JsonRequired] DateTimeZone? Zone, [property: JsonRequired] long SameDay, [property: JsonRequired] long Cases)
{
    /// <inheritdoc />
    public bool Equals(SameDayClosureAccumulatorState? other) =>
        other is not null && ZoneRules.Same(Zone, other.Zone) && SameDay == other.SameDay && Cases == other.Cases;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zone?.Id, SameDay, Cases);
}
