using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics.Indices;

/// <summary>The state of a <see cref="WeightedIndexAccumulator"/> (see <see cref="IAccumulatorState{TSelf, TState}"/>):
/// the definition and, per item, the sum and number of ratings. JSON:
/// <c>{"index":{WeightedIndex}|null,"count":120,"sums":[per item],"answers":[per item]}</c>.</summary>
/// <param name="Index">The index definition; null only for the definition-less <see cref="WeightedIndexAccumulator.Empty"/>.</param>
/// <param name="Count">The responses accumulated, &gt;= 0; 0 when <paramref name="Index"/> is null.</param>
/// <param name="Sums">Per item of the index, the sum of its ratings, within [answers × ScaleMin, answers × ScaleMax];
/// empty when <paramref name="Index"/> is null.</param>
/// <param name="Answers">Per item, the number of responses that rated it, in [0, <paramref name="Count"/>]; empty when
/// <paramref name="Index"/> is null.</param>
/// <remarks>A plain record, checked only by <see cref="WeightedIndexAccumulator.FromState"/>. Equality compares the
/// definition and the arrays element by element. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record WeightedIndexAccumulatorState(
    [property: JsonRequired] WeightedIndex? Index,
    [property: JsonRequired] long Count,
    [property: JsonRequired] ImmutableArray<long> Sums,
    [property: JsonRequired] ImmutableArray<long> Answers)
{
    /// <inheritdoc />
    public bool Equals(WeightedIndexAccumulatorState? other) =>
        other is not null && Equals(Index, other.Index) && Count == other.Count &&
        StateEquality.Equal(Sums, other.Sums) && StateEquality.Equal(Answers, other.Answers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Count, StateEquality.Hash(Sums), StateEquality.Hash(Answers));
}
