using System.Text.Json.Serialization;

namespace Crm.Domain.Campaigns.Analysis;

/// <summary>The state of a <see cref="ResponseTally"/> (see <see cref="Metrics.IAccumulatorState{TSelf, TState}"/>):
/// the counts of the treated and of the control members. JSON: <c>{"treated":{GroupTally},"control":{GroupTally}}</c>.</summary>
/// <param name="Treated">The treated members' counts (each count in [0, members], checked by <see cref="GroupTally"/>).</param>
/// <param name="Control">The control members' counts; the members of both groups add up to at most
/// <see cref="long.MaxValue"/>.</param>
/// <remarks>A plain record, checked by <see cref="GroupTally"/> and <see cref="ResponseTally.FromState"/>.
/// <c>default</c> is the state of no members. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public readonly record struct ResponseTallyState([property: JsonRequired] GroupTally Treated, [property: JsonRequired] GroupTally Control);
