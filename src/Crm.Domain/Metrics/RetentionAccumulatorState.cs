using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics;

/// <summary>The state of a <see cref="RetentionAccumulator"/> (see <see cref="IAccumulatorState{TSelf, TState}"/>):
/// the summed counts of its segments and how many segments there were. JSON:
/// <c>{"start":200,"end":190,"acquired":30,"segments":3}</c>.</summary>
/// <param name="Start">S, customers at the start, summed over the segments; &gt;= 0.</param>
/// <param name="End">E, customers at the end, summed; &gt;= 0, with E − N in [0, S].</param>
/// <param name="Acquired">N, customers acquired during the period, summed; &gt;= 0.</param>
/// <param name="Segments">The number of segments added, &gt;= 0; with none, the counts are all 0.</param>
/// <remarks>A plain record, checked only by <see cref="RetentionAccumulator.FromState"/> (with the rules of
/// <see cref="RetentionPeriodCounts.Of"/>). <c>default</c> is the state of no segments. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public readonly record struct RetentionAccumulatorState(
    [property: JsonRequired] long Start, [property: JsonRequired] long End, [property: JsonRequired] long Acquired, [property: JsonRequired] long Segments);
