using System.Text.Json.Serialization;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>The state of a <see cref="RetentionCostAccumulator"/> (see
/// <see cref="IAccumulatorState{TSelf, TState}"/>). JSON:
/// <c>{"totalSpend":{"amount":3000,"currency":"EUR"}|null,"customersRetained":40,"count":3}</c>.</summary>
/// <param name="TotalSpend">The total retention spend, &gt;= 0 in one currency; null exactly when <paramref name="Count"/> is 0.</param>
/// <param name="CustomersRetained">The customers retained, &gt;= 0; 0 when <paramref name="TotalSpend"/> is null.</param>
/// <param name="Count">The number of observations, &gt;= 0.</param>
/// <remarks>A plain record, checked only by <see cref="RetentionCostAccumulator.FromState"/>. <c>default</c> is the
/// state of no observations. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public readonly record struct RetentionCostAccumulatorState(
    [property: JsonRequired] Money? TotalSpend, [property: JsonRequired] long CustomersRetained, [property: JsonRequired] long Count);
