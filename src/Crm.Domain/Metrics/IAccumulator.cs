using System.Numerics;

namespace Crm.Domain.Metrics;

/// <summary>
/// The shape every metric calculator has: an immutable value of sufficient statistics that forms a commutative
/// monoid, so a metric over a billion rows is the <see cref="Combine"/> of the metric over any partition of them.
/// </summary>
/// <typeparam name="TSelf">The accumulator type itself (a <c>readonly struct</c>).</typeparam>
/// <typeparam name="TObservation">One observation (a rating, a case, a renewal decision).</typeparam>
/// <typeparam name="TResult">The typed result, which says "no data" rather than returning NaN.</typeparam>
/// <remarks>
/// <para>Laws, checked by property tests for every implementation: <c>Combine</c> is associative and commutative;
/// <see cref="Empty"/> is its identity; <c>AddRange(span)</c> equals <c>Add</c> applied item by item; combining the
/// accumulators of the parts of any split equals one pass over the whole.</para>
/// <para>Each implementation also offers <c>AddRange(IEnumerable&lt;TObservation&gt;)</c>, which forwards to the span
/// path. Accumulators are immutable values: they are thread-safe, and <c>Add</c> returns a new value.</para>
/// <para><b>Counts</b> are 64-bit: an <c>Add</c>, <c>AddRange</c> or <c>Combine</c> whose count or any counted total
/// would pass <see cref="long.MaxValue"/> is refused with an <see cref="ArgumentOutOfRangeException"/> (never wrapped,
/// never saturated, never an <see cref="OverflowException"/>); the accumulators it was given are unchanged and stay
/// usable, so the caller can persist them and start a new one.</para>
/// </remarks>
public interface IAccumulator<TSelf, TObservation, out TResult> : IAdditionOperators<TSelf, TSelf, TSelf>
    where TSelf : struct, IAccumulator<TSelf, TObservation, TResult>
{
    /// <summary>The accumulator of no observations; the identity of <see cref="Combine"/>.</summary>
    static abstract TSelf Empty { get; }

    /// <summary>The number of observations accumulated.</summary>
    long Count { get; }

    /// <summary>The result over everything accumulated so far.</summary>
    TResult Result { get; }

    /// <summary>Adds one observation.</summary>
    TSelf Add(TObservation observation);

    /// <summary>Adds a batch of observations; equal to adding them one by one, but faster.</summary>
    TSelf AddRange(ReadOnlySpan<TObservation> observations);

    /// <summary>Merges two accumulators: the result is as if every observation of both had been added to one.</summary>
    static abstract TSelf Combine(TSelf left, TSelf right);
}
