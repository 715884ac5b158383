using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics;

/// <summary>The state of a <see cref="ServicesPerCustomerAccumulator"/> (see
/// <see cref="IAccumulatorState{TSelf, TState}"/>). JSON: <c>{"services":12,"customers":5}</c>.</summary>
/// <param name="Services">The services held by all customers observed, &gt;= 0 (0 when there are no customers).</param>
/// <param name="Customers">The customers observed, &gt;= 0.</param>
/// <remarks>A plain record, checked only by <see cref="ServicesPerCustomerAccumulator.FromState"/>. <c>default</c>
/// is the state of no customers. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public readonly record struct ServicesPerCustomerAccumulatorState([property: JsonRequired] long Services, [property: JsonRequired] long Customers);
