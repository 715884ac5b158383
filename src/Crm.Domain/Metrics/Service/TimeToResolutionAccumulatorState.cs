using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Json;

namespace Crm.Domain.Metrics.Service;

/// <summary>The state of a <see cref="TimeToResolutionAccumulator"/> (see <see cref="IAccumulatorState{TSelf, TState}"/>):
/// the exact statistics and the quantile sketch's buckets. JSON: <c>{"count":5,"sumNanoseconds":"72000000000000",
/// "minNanoseconds":..,"maxNanoseconds":..,"zeroCount":0,"offset":1234,"buckets":[...]}</c>; the 128-bit sum is a
/// string of decimal digits so that readers with 53-bit numbers keep it exact.</summary>
/// <param name="Count">Closed cases, &gt;= 0: <paramref name="ZeroCount"/> plus the sum of <paramref name="Buckets"/>.</param>
/// <param name="SumNanoseconds">The sum of the times to resolution in nanoseconds, in [Count × Min, Count × Max].</param>
/// <param name="MinNanoseconds">The shortest time in nanoseconds (0 when there are no cases); 0 when zeros were
/// counted, otherwise in the lowest occupied bucket.</param>
/// <param name="MaxNanoseconds">The longest time in nanoseconds (0 when there are no cases), at most
/// <see cref="ClosedCase.MaxTimeToResolution"/>; in the highest occupied bucket, or 0 when only zeros were counted.</param>
/// <param name="ZeroCount">Cases resolved in zero time, &gt;= 0.</param>
/// <param name="Offset">The sketch bucket index of <c>Buckets[0]</c>; 0 when <paramref name="Buckets"/> is empty.
/// Bucket i holds durations in (γ^(i−1), γ^i] ns with γ = 1.01 / 0.99.</param>
/// <param name="Buckets">The counts of the buckets <paramref name="Offset"/>, <paramref name="Offset"/> + 1, …, each
/// &gt;= 0, trimmed (the first and last are &gt; 0), within the valid bucket range.</param>
/// <remarks>A plain record, checked only by <see cref="TimeToResolutionAccumulator.FromState"/>. Equality compares
/// every member, the buckets element by element. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TimeToResolutionAccumulatorState(
    [property: JsonRequired] long Count,
    [property: JsonRequired, JsonConverter(typeof(Int128DecimalStringJsonConverter))] Int128 SumNanoseconds,
    [property: JsonRequired] long MinNanoseconds,
    [property: JsonRequired] long MaxNanoseconds,
    [property: JsonRequired] long ZeroCount,
    [property: JsonRequired] int Offset,
    [property: JsonRequired] ImmutableArray<long> Buckets)
{
    /// <inheritdoc />
    public bool Equals(TimeToResolutionAccumulatorState? other) =>
        other is not null && Count == other.Count && SumNanoseconds == other.SumNanoseconds && MinNanoseconds == other.MinNanoseconds &&
        MaxNanoseconds == other.MaxNanoseconds && ZeroCount == other.ZeroCount && Offset == other.Offset && StateEquality.Equal(Buckets, other.Buckets);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, SumNanoseconds, MinNanoseconds, MaxNanoseconds, ZeroCount, Offset, StateEquality.Hash(Buckets));
}
