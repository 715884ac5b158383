using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics;

/// <summary>The state of a <see cref="FirstContactResolutionAccumulator"/> (see
/// <see cref="IAccumulatorState{TSelf, TState}"/>). JSON: <c>{"resolvedOnFirstContact":412,"cases":500}</c>.</summary>
/// <param name="ResolvedOnFirstContact">Cases resolved on first contact, in [0, <paramref name="Cases"/>].</param>
/// <param name="Cases">All cases, &gt;= 0.</param>
/// <remarks>A plain record, checked only by <see cref="FirstContactResolutionAccumulator.FromState"/>. <c>default</c>
/// is the state of no cases. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public readonly record struct FirstContactResolutionAccumulatorState([property: JsonRequired] long ResolvedOnFirstContact, [property: JsonRequired] long Cases);
