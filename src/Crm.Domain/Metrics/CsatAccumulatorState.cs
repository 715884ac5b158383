using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics;

/// <summary>The state of a <see cref="CsatAccumulator"/> (see <see cref="IAccumulatorState{TSelf, TState}"/>): the
/// number of answers per score. JSON: <c>{"distribution":[5 counts]}</c>.</summary>
/// <param name="Distribution">Element i counts the answers with score i + 1 (1–5): exactly 5 counts, each &gt;= 0,
/// whose total fits in a 64-bit count.</param>
/// <remarks>A plain record, checked only by <see cref="CsatAccumulator.FromState"/>. Equality compares the counts
/// element by element. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CsatAccumulatorState([property: JsonRequired] ImmutableArray<long> Distribution)
{
    /// <inheritdoc />
    public bool Equals(CsatAccumulatorState? other) => other is not null && StateEquality.Equal(Distribution, other.Distribution);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.Hash(Distribution);
}
