using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics;

/// <summary>The state of a <see cref="RenewalRateAccumulator"/> (see <see cref="IAccumulatorState{TSelf, TState}"/>).
/// JSON: <c>{"renewed":90,"due":100}</c>.</summary>
/// <param name="Renewed">Services renewed, in [0, <paramref name="Due"/>].</param>
/// <param name="Due">Services due for renewal, &gt;= 0.</param>
/// <remarks>A plain record, checked only by <see cref="RenewalRateAccumulator.FromState"/>. <c>default</c> is the
/// state of nothing due. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public readonly record struct RenewalRateAccumulatorState([property: JsonRequired] long Renewed, [property: JsonRequired] long Due);
