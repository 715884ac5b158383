using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Metrics;

/// <summary>The state of a <see cref="CesAccumulator"/> (see <see cref="IAccumulatorState{TSelf, TState}"/>): its
/// scale and the number of answers per point. JSON: <c>{"scale":{...}|null,"distribution":[counts]}</c>.</summary>
/// <param name="Scale">The scale the answers are on; null only for <see cref="CesAccumulator.Empty"/>, which has no
/// scale yet (a <c>default</c> scale is refused).</param>
/// <param name="Distribution">Element i counts answer <c>Scale.Min + i</c>: exactly <c>Scale.Points</c> counts, each
/// &gt;= 0, whose total fits in a 64-bit count; empty when <paramref name="Scale"/> is null.</param>
/// <remarks>A plain record, checked only by <see cref="CesAccumulator.FromState"/>. Equality compares the scale and
/// the counts element by element. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CesAccumulatorState([property: JsonRequired] CesScale? Scale, [property: JsonRequired] ImmutableArray<long> Distribution)
{
    /// <inheritdoc />
    public bool Equals(CesAccumulatorState? other) =>
        other is not null && Scale == other.Scale && StateEquality.Equal(Distribution, other.Distribution);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scale, StateEquality.Hash(Distribution));
}
