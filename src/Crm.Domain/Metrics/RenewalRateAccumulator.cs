using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// Service renewal rate: services renewed / services that came due for renewal in the period, a rate in [0, 1]. One
/// observation is one service due for renewal: <c>true</c> when the customer renewed it.
/// </summary>
/// <remarks>
/// <para>Source: the "service renewal percentage" of the metrics block of Gartner's CRM competency model; the
/// standard contract-renewal rate of subscription businesses (renewed contracts / contracts up for renewal). Services
/// not yet due are not observations.</para>
/// <para>The result is a <see cref="Ratio"/> keeping both counts; with nothing due it has no value ("no data").
/// <c>default</c> is <see cref="Empty"/>. Equality compares the counts. This type is an immutable value and is
/// thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<RenewalRateAccumulator, RenewalRateAccumulatorState>))]
public readonly record struct RenewalRateAccumulator
    : IAccumulator<RenewalRateAccumulator, bool, Ratio>, IAccumulatorState<RenewalRateAccumulator, RenewalRateAccumulatorState>
{
    private RenewalRateAccumulator(long renewed, long due)
    {
        Renewed = renewed;
        Count = due;
    }

    /// <summary>Nothing due.</summary>
    public static RenewalRateAccumulator Empty => default;

    /// <summary>Services renewed.</summary>
    public long Renewed { get; }

    /// <summary>Services due for renewal.</summary>
    public long Count { get; }

    /// <summary>Renewed / due (no data when nothing was due).</summary>
    public Ratio Result => Ratio.Rate(Renewed, Count);

    /// <summary>The two counts, to persist or ship (see <see cref="RenewalRateAccumulatorState"/>).</summary>
    public RenewalRateAccumulatorState ToState() => new(Renewed, Count);

    /// <summary>Rebuilds an accumulator from its counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the renewed count exceeds the due count.</exception>
    public static RenewalRateAccumulator FromState(RenewalRateAccumulatorState state)
    {
        Guard.Against.NegativeValue(state.Due);
        return new(Guard.Against.OutsideRange(state.Renewed, 0L, state.Due), state.Due);
    }

    /// <summary>Adds one service due for renewal.</summary>
    public RenewalRateAccumulator Add(bool renewed) =>
        new(CountGuards.TotalPlus(Renewed, (renewed ? 1 : 0), nameof(renewed)), CountGuards.TotalPlus(Count, 1, nameof(renewed)));

    /// <summary>Adds a batch of services due (vectorised count, no allocation).</summary>
    public RenewalRateAccumulator AddRange(ReadOnlySpan<bool> observations) =>
        new(CountGuards.TotalPlus(Renewed, BoolCounting.CountTrue(observations), nameof(observations)), CountGuards.TotalPlus(Count, observations.Length, nameof(observations)));

    /// <summary>Adds a sequence of services due; forwards to the span batch.</summary>
    public RenewalRateAccumulator AddRange(IEnumerable<bool> observations) =>
        SpanForwarding.Aggregate(this, observations, static (acc, span) => acc.AddRange(span));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{bool})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public RenewalRateAccumulator AddRange(bool[] observations) =>
        AddRange(new ReadOnlySpan<bool>(Guard.Against.Null(observations)));

    /// <summary>Merges two accumulators by adding their counts.</summary>
    public static RenewalRateAccumulator Combine(RenewalRateAccumulator left, RenewalRateAccumulator right) =>
        new(CountGuards.TotalPlus(left.Renewed, right.Renewed, nameof(right)), CountGuards.TotalPlus(left.Count, right.Count, nameof(right)));

    /// <summary>Invariant text such as <c>renewal 412/500 (82.4 %)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"renewal {Result}");

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static RenewalRateAccumulator operator +(RenewalRateAccumulator left, RenewalRateAccumulator right) => Combine(left, right);
}
