using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;

namespace Crm.Domain.Metrics;

/// <summary>
/// Customer retention and churn rate of ONE period, over the counts of its segments (regions, products, partitions):
/// retention rate = (E − N) / S, churn rate = lost / S = (S − (E − N)) / S, rates in [0, 1].
/// </summary>
/// <remarks>
/// <para>Source: the classic customer retention rate formula of customer-service practice, CRR = ((E − N) / S) × 100,
/// with S customers at the start of the period, E at its end and N acquired during it; churn is its complement, as in
/// Farris, Bendle, Pfeifer and Reibstein, "Marketing Metrics" (2nd ed., 2010), where retention = retained / at risk
/// and churn = 1 − retention. Here the rates are kept as <see cref="Primitives.Ratio"/> (fractions), not percent.</para>
/// <para><see cref="Combine"/> sums S, E and N: that is exact for segments of the same period (a customer belongs to
/// one segment). Combining different periods is NOT meaningful: period rates compound (multiply), they do not add;
/// and a customer counted at the end of one period is counted again at the start of the next. Keep one accumulator per
/// period.</para>
/// <para>The result says "no data" when S = 0. <see cref="Count"/> is the number of segments added. <c>default</c> is
/// <see cref="Empty"/>. Equality compares the sums and the count. This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<RetentionAccumulator, RetentionAccumulatorState>))]
public readonly record struct RetentionAccumulator
    : IAccumulator<RetentionAccumulator, RetentionPeriodCounts, RetentionResult>,
      IAccumulatorState<RetentionAccumulator, RetentionAccumulatorState>
{
    private RetentionAccumulator(RetentionPeriodCounts totals, long segments)
    {
        Totals = totals;
        Count = segments;
    }

    /// <summary>No segments.</summary>
    public static RetentionAccumulator Empty => default;

    /// <summary>The summed counts S, E, N.</summary>
    public RetentionPeriodCounts Totals { get; }

    /// <summary>The number of segments added.</summary>
    public long Count { get; }

    /// <summary>Retention and churn over the summed counts ("no data" when S = 0).</summary>
    public RetentionResult Result => new(Totals);

    /// <summary>The summed counts and the number of segments, to persist or ship (see <see cref="RetentionAccumulatorState"/>).</summary>
    public RetentionAccumulatorState ToState() => new(Totals.Start, Totals.End, Totals.Acquired, Count);

    /// <summary>Rebuilds an accumulator from its summed counts and number of segments.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative; E − N is outside [0, S] (see
    /// <see cref="RetentionPeriodCounts.Of"/>); or there are counts without segments.</exception>
    public static RetentionAccumulator FromState(RetentionAccumulatorState state)
    {
        Guard.Against.NegativeValue(state.Segments);
        var totals = RetentionPeriodCounts.Of(state.Start, state.End, state.Acquired);
        if (state.Segments == 0 && totals != default)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state.Segments, $"state.Segments is 0, so the counts must be 0; they were {totals}.");
        }

        return new(totals, state.Segments);
    }

    /// <summary>Adds the counts of one segment.</summary>
    public RetentionAccumulator Add(RetentionPeriodCounts segment) =>
        new(RetentionPeriodCounts.Sum(Totals, segment), CountGuards.TotalPlus(Count, 1, nameof(segment)));

    /// <summary>Adds the counts of a batch of segments.</summary>
    public RetentionAccumulator AddRange(ReadOnlySpan<RetentionPeriodCounts> observations)
    {
        long s = Totals.Start, e = Totals.End, n = Totals.Acquired;
        foreach (var segment in observations)
        {
            s = CountGuards.TotalPlus(s, segment.Start, nameof(observations));
            e = CountGuards.TotalPlus(e, segment.End, nameof(observations));
            n = CountGuards.TotalPlus(n, segment.Acquired, nameof(observations));
        }

        return new(RetentionPeriodCounts.Of(s, e, n), CountGuards.TotalPlus(Count, observations.Length, nameof(observations)));
    }

    /// <summary>Adds a sequence of segments; forwards to the span batch.</summary>
    public RetentionAccumulator AddRange(IEnumerable<RetentionPeriodCounts> observations) =>
        SpanForwarding.Aggregate(this, observations, static (acc, span) => acc.AddRange(span));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{RetentionPeriodCounts})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public RetentionAccumulator AddRange(RetentionPeriodCounts[] observations) =>
        AddRange(new ReadOnlySpan<RetentionPeriodCounts>(Guard.Against.Null(observations)));

    /// <summary>Merges the accumulators of two segment sets of the same period by summing their counts.</summary>
    public static RetentionAccumulator Combine(RetentionAccumulator left, RetentionAccumulator right) =>
        new(RetentionPeriodCounts.Sum(left.Totals, right.Totals), CountGuards.TotalPlus(left.Count, right.Count, nameof(right)));

    /// <summary>The result as text (see <see cref="RetentionResult.ToString"/>).</summary>
    public override string ToString() => Result.ToString();

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static RetentionAccumulator operator +(RetentionAccumulator left, RetentionAccumulator right) => Combine(left, right);
}
