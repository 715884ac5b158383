using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// First-contact resolution (FCR): cases resolved on the customer's first contact / all resolved cases, a rate in
/// [0, 1]. One observation is one case: <c>true</c> when it was resolved on first contact.
/// </summary>
/// <remarks>
/// <para>Source: the service-desk definition used by HDI and SQM Group (cases resolved without a repeat contact or
/// escalation, over all cases in the period). Which cases count as "resolved on first contact" is the caller's
/// judgement; this type counts them.</para>
/// <para>The result is a <see cref="Ratio"/> keeping both counts; with no cases it has no value ("no data").
/// <c>default</c> is <see cref="Empty"/>. Equality compares the counts. This type is an immutable value and is
/// thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<FirstContactResolutionAccumulator, FirstContactResolutionAccumulatorState>))]
public readonly record struct FirstContactResolutionAccumulator
    : IAccumulator<FirstContactResolutionAccumulator, bool, Ratio>,
      IAccumulatorState<FirstContactResolutionAccumulator, FirstContactResolutionAccumulatorState>
{
    private FirstContactResolutionAccumulator(long resolvedOnFirstContact, long cases)
    {
        ResolvedOnFirstContact = resolvedOnFirstContact;
        Count = cases;
    }

    /// <summary>No cases.</summary>
    public static FirstContactResolutionAccumulator Empty => default;

    /// <summary>Cases resolved on first contact.</summary>
    public long ResolvedOnFirstContact { get; }

    /// <summary>All cases.</summary>
    public long Count { get; }

    /// <summary>Resolved on first contact / all cases (no data when there are none).</summary>
    public Ratio Result => Ratio.Rate(ResolvedOnFirstContact, Count);

    /// <summary>The two counts, to persist or ship (see <see cref="FirstContactResolutionAccumulatorState"/>).</summary>
    public FirstContactResolutionAccumulatorState ToState() => new(ResolvedOnFirstContact, Count);

    /// <summary>Rebuilds an accumulator from its counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the resolved count exceeds the cases.</exception>
    public static FirstContactResolutionAccumulator FromState(FirstContactResolutionAccumulatorState state)
    {
        Guard.Against.NegativeValue(state.Cases);
        return new(Guard.Against.OutsideRange(state.ResolvedOnFirstContact, 0L, state.Cases), state.Cases);
    }

    /// <summary>Adds one case.</summary>
    public FirstContactResolutionAccumulator Add(bool resolvedOnFirstContact) =>
        new(CountGuards.TotalPlus(ResolvedOnFirstContact, (resolvedOnFirstContact ? 1 : 0), nameof(resolvedOnFirstContact)), CountGuards.TotalPlus(Count, 1, nameof(resolvedOnFirstContact)));

    /// <summary>Adds a batch of cases (vectorised count, no allocation).</summary>
    public FirstContactResolutionAccumulator AddRange(ReadOnlySpan<bool> observations) =>
        new(CountGuards.TotalPlus(ResolvedOnFirstContact, BoolCounting.CountTrue(observations), nameof(observations)), CountGuards.TotalPlus(Count, observations.Length, nameof(observations)));

    /// <summary>Adds a sequence of cases; forwards to the span batch.</summary>
    public FirstContactResolutionAccumulator AddRange(IEnumerable<bool> observations) =>
        SpanForwarding.Aggregate(this, observations, static (acc, span) => acc.AddRange(span));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{bool})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public FirstContactResolutionAccumulator AddRange(bool[] observations) =>
        AddRange(new ReadOnlySpan<bool>(Guard.Against.Null(observations)));

    /// <summary>Merges two accumulators by adding their counts.</summary>
    public static FirstContactResolutionAccumulator Combine(FirstContactResolutionAccumulator left, FirstContactResolutionAccumulator right) =>
        new(CountGuards.TotalPlus(left.ResolvedOnFirstContact, right.ResolvedOnFirstContact, nameof(right)), CountGuards.TotalPlus(left.Count, right.Count, nameof(right)));

    /// <summary>Invariant text such as <c>FCR 412/500 (82.4 %)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"FCR {Result}");

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static FirstContactResolutionAccumulator operator +(FirstContactResolutionAccumulator left, FirstContactResolutionAccumulator right) => Combine(left, right);
}
