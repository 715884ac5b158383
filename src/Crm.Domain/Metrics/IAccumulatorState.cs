namespace Crm.Domain.Metrics;

/// <summary>
/// The one way every accumulator exposes its sufficient statistics and is rebuilt from them: to persist a partial
/// result, ship it to another worker, or store it per partition and merge later.
/// </summary>
/// <typeparam name="TSelf">The accumulator type itself.</typeparam>
/// <typeparam name="TState">Its state: a plain public record of the sufficient statistics (counts, sums, sketch
/// buckets, and the zone or definition the accumulator is bound to), documented member by member.</typeparam>
/// <remarks>
/// <para>Laws, checked by the shared accumulator law tests for every implementation: <c>FromState(x.ToState())</c>
/// equals <c>x</c>; the accumulator's JSON (through <see cref="Serialization.CrmJson"/>) is the JSON of its state, and
/// both round-trip.</para>
/// <para><see cref="FromState"/> accepts exactly the states the accumulator can reach by adding observations and
/// combining: negative counts, counts that do not add up, sums beyond what the counts allow, arrays of the wrong
/// length and totals past <see cref="long.MaxValue"/> are an <see cref="ArgumentException"/> naming the member, the
/// value and the allowed range (read from JSON, the same refusal is a <see cref="System.Text.Json.JsonException"/>).</para>
/// <para>Most accumulators are immutable structs (<see cref="IAccumulator{TSelf, TObservation, TResult}"/>); a mutable
/// builder that merges (<see cref="CustomerValue.Summaries.CustomerSummaryBuilder{TCustomer}"/>) keeps the same
/// contract: <see cref="ToState"/> is a snapshot that later additions do not change, and <see cref="FromState"/>
/// returns a new builder that can keep accumulating.</para>
/// </remarks>
public interface IAccumulatorState<TSelf, TState>
    where TSelf : IAccumulatorState<TSelf, TState>
    where TState : notnull
{
    /// <summary>The sufficient statistics of this accumulator (a snapshot; the accumulator is immutable).</summary>
    TState ToState();

    /// <summary>Rebuilds the accumulator from its state, after checking the state could have been reached.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant of the accumulator; the message names the
    /// member, its value and the allowed range.</exception>
    static abstract TSelf FromState(TState state);
}
