using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics;

/// <summary>The state of an <see cref="NpsAccumulator"/> (see <see cref="IAccumulatorState{TSelf, TState}"/>): the
/// number of answers per score. JSON: <c>{"distribution":[11 counts]}</c>.</summary>
/// <param name="Distribution">Element i counts the answers with score i (0–10): exactly 11 counts, each &gt;= 0, whose
/// total fits in a 64-bit count.</param>
/// <remarks>A plain record, checked only by <see cref="NpsAccumulator.FromState"/>. Equality compares the counts
/// element by element. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record NpsAccumulatorState([property: JsonRequired] ImmutableArray<long> Distribution)
{
    /// <inheritdoc />
    public bool Equals(NpsAccumulatorState? other) => other is not null && StateEquality.Equal(Distribution, other.Distribution);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.Hash(Distribution);
}
