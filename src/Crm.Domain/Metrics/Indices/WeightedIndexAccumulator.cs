using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;

namespace Crm.Domain.Metrics.Indices;

/// <summary>
/// Accumulates survey responses into a <see cref="WeightedIndex"/> (0–100): per item, the sum and count of ratings.
/// </summary>
/// <remarks>
/// <para><b>Definition</b> and <b>formula</b>: see <see cref="WeightedIndex"/> (ACSI-style, Fornell et al. 1996,
/// with given weights). <b>Unit</b>: index points on 0–100. Sums are integers, so merging is exact.</para>
/// <para><b>Definition binding</b>: created with <see cref="For"/>. <see cref="Empty"/> (also <c>default</c>) has no
/// definition: it is the identity of <see cref="Combine"/> but cannot take responses. Combining accumulators of
/// different definitions throws.</para>
/// <para><b>Bad input</b>: a response with the wrong number of ratings, or a rating off the scale, throws
/// <see cref="ArgumentException"/> naming the item, the value and the scale; a batch is checked whole before it counts.</para>
/// <para><b>Cost</b>: two arrays of one 64-bit number per item, never mutated: <see cref="Add"/> copies them (cheap for
/// a handful of items); a batch copies them once. Equality compares the definition and every sum and count.
/// Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<WeightedIndexAccumulator, WeightedIndexAccumulatorState>))]
public readonly struct WeightedIndexAccumulator
    : IAccumulator<WeightedIndexAccumulator, IndexResponse, IndexResult>,
      IAccumulatorState<WeightedIndexAccumulator, WeightedIndexAccumulatorState>,
      IEquatable<WeightedIndexAccumulator>
{
    private readonly long[]? _sums;
    private readonly long[]? _answers;

    private WeightedIndexAccumulator(WeightedIndex? index, long count, long[]? sums, long[]? answers)
    {
        Index = index;
        Count = count;
        _sums = sums;
        _answers = answers;
    }

    /// <summary>The definition-less accumulator of no responses: the identity of <see cref="Combine"/>; cannot take responses.</summary>
    public static WeightedIndexAccumulator Empty => default;

    /// <summary>The index definition; null only for <see cref="Empty"/>.</summary>
    public WeightedIndex? Index { get; }

    /// <summary>The number of responses accumulated.</summary>
    public long Count { get; }

    /// <summary>The index and item scores; no data when no item has an answer.</summary>
    /// <exception cref="InvalidOperationException">This is the definition-less <see cref="Empty"/>.</exception>
    public IndexResult Result
    {
        get
        {
            var index = Require();
            var items = ImmutableArray.CreateBuilder<IndexItemScore>(index.Items.Length);
            double range = index.ScaleMax - index.ScaleMin;
            for (var i = 0; i < index.Items.Length; i++)
            {
                var answers = _answers?[i] ?? 0;
                double? mean = answers > 0 ? (double)_sums![i] / answers : null;
                double? score = mean is { } m ? Math.Clamp((m - index.ScaleMin) / range * 100d, 0d, 100d) : null;
                items.Add(new IndexItemScore(index.Items[i], answers, mean, score));
            }

            var built = items.MoveToImmutable();
            return new IndexResult(index.Name, Count, IndexResult.WeightedMean(built), built);
        }
    }

    /// <summary>An empty accumulator for <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    public static WeightedIndexAccumulator For(WeightedIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new WeightedIndexAccumulator(index, 0, null, null);
    }

    /// <summary>The definition and the per-item rating sums and answer counts (zeros when nothing was added), to
    /// persist or ship (see <see cref="WeightedIndexAccumulatorState"/>). Shares the arrays, which are never changed.</summary>
    public WeightedIndexAccumulatorState ToState() => new(
        Index,
        Count,
        ImmutableCollectionsMarshal.AsImmutableArray(_sums ?? (Index is null ? [] : new long[Index.Items.Length])),
        ImmutableCollectionsMarshal.AsImmutableArray(_answers ?? (Index is null ? [] : new long[Index.Items.Length])));

    /// <summary>Rebuilds an accumulator from its state: one sum and answer count per item, answer counts in [0, count],
    /// each sum within [answers × ScaleMin, answers × ScaleMax]; no definition means nothing counted.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state breaks one of those rules (the message names the item, the value
    /// and the range).</exception>
    public static WeightedIndexAccumulator FromState(WeightedIndexAccumulatorState state)
    {
        Guard.Against.Null(state);
        var count = Guard.Against.NegativeValue(state.Count);
        var index = state.Index;
        var k = index?.Items.Length ?? 0;
        var sums = Guard.Against.WrongLength(state.Sums, k);
        var answers = Guard.Against.WrongLength(state.Answers, k);
        if (index is null)
        {
            return count == 0
                ? Empty
                : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A definition-less WeightedIndexAccumulator cannot hold responses; state.Count is {count}."), nameof(state));
        }

        for (var i = 0; i < k; i++)
        {
            if (answers[i] < 0 || answers[i] > count)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(state), answers[i],
                    string.Create(CultureInfo.InvariantCulture, $"state.Answers[{i}], the answer count of '{index.Items[i].Name}', must lie in [0, {count}]; it was {answers[i]}."));
            }

            Int128 lo = (Int128)answers[i] * index.ScaleMin, hi = (Int128)answers[i] * index.ScaleMax;
            if (sums[i] < lo || sums[i] > hi)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(state), sums[i],
                    string.Create(CultureInfo.InvariantCulture, $"state.Sums[{i}], the rating sum of '{index.Items[i].Name}', must lie in [{lo}, {hi}] for {answers[i]} answers; it was {sums[i]}."));
            }
        }

        // The state's arrays are immutable and never changed here, so they can be shared.
        return new WeightedIndexAccumulator(index, count, ImmutableCollectionsMarshal.AsArray(sums), ImmutableCollectionsMarshal.AsArray(answers));
    }

    /// <summary>Adds one response.</summary>
    /// <exception cref="ArgumentException">The response has the wrong number of ratings or a rating off the scale.</exception>
    /// <exception cref="InvalidOperationException">This is the definition-less <see cref="Empty"/>.</exception>
    public WeightedIndexAccumulator Add(IndexResponse observation) => AddRange(new ReadOnlySpan<IndexResponse>(in observation));

    /// <summary>Adds a batch of responses; equal to adding them one by one. Checks the whole batch first.</summary>
    /// <exception cref="ArgumentException">A response has the wrong number of ratings or a rating off the scale.</exception>
    /// <exception cref="InvalidOperationException">This is the definition-less <see cref="Empty"/>.</exception>
    public WeightedIndexAccumulator AddRange(ReadOnlySpan<IndexResponse> observations)
    {
        var index = Require();
        var k = index.Items.Length;
        int min = index.ScaleMin, max = index.ScaleMax;
        var sums = new long[k];
        var answers = new long[k];
        _sums?.CopyTo(sums, 0);
        _answers?.CopyTo(answers, 0);
        Span<long> sumSpan = sums, answerSpan = answers;
        for (var r = 0; r < observations.Length; r++)
        {
            var ratings = observations[r].Ratings.AsSpan();
            if (observations[r].Ratings.IsDefault || ratings.Length != k)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Response {r} has {ratings.Length} ratings; index '{index.Name}' has {k} items."),
                    nameof(observations));
            }

            for (var i = 0; i < k; i++)
            {
                if (ratings[i] is not { } rating)
                {
                    continue;
                }

                if (rating < min || rating > max)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(observations), rating,
                        string.Create(CultureInfo.InvariantCulture, $"Response {r} rates '{index.Items[i].Name}' {rating}; ratings must be in [{min}, {max}]."));
                }

                sumSpan[i] += rating;
                answerSpan[i]++;
            }
        }

        return new WeightedIndexAccumulator(index, CountGuards.TotalPlus(Count, observations.Length, nameof(observations)), sums, answers);
    }

    /// <summary>Adds a sequence of responses through the span path.</summary>
    /// <exception cref="ArgumentException">A response has the wrong number of ratings or a rating off the scale.</exception>
    /// <exception cref="InvalidOperationException">This is the definition-less <see cref="Empty"/>.</exception>
    public WeightedIndexAccumulator AddRange(IEnumerable<IndexResponse> observations) =>
        SpanForwarding.Aggregate(this, observations, static (a, s) => a.AddRange(s));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{IndexResponse})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public WeightedIndexAccumulator AddRange(IndexResponse[] observations) =>
        AddRange(new ReadOnlySpan<IndexResponse>(Guard.Against.Null(observations)));

    /// <summary>Merges two accumulators of the same definition (a definition-less <see cref="Empty"/> adopts the other's).</summary>
    /// <exception cref="ArgumentException">The definitions differ.</exception>
    public static WeightedIndexAccumulator Combine(WeightedIndexAccumulator left, WeightedIndexAccumulator right)
    {
        if (left.Index is null)
        {
            return right;
        }

        if (right.Index is null)
        {
            return left;
        }

        if (!left.Index.Equals(right.Index))
        {
            throw new ArgumentException($"Cannot combine accumulators of different indices: left is '{left.Index}', right is '{right.Index}'.", nameof(right));
        }

        if (right._sums is null)
        {
            return new WeightedIndexAccumulator(left.Index, CountGuards.TotalPlus(left.Count, right.Count, nameof(right)), left._sums, left._answers);
        }

        if (left._sums is null)
        {
            return new WeightedIndexAccumulator(left.Index, CountGuards.TotalPlus(left.Count, right.Count, nameof(right)), right._sums, right._answers);
        }

        var sums = new long[left._sums.Length];
        var answers = new long[sums.Length];
        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] = CountGuards.TotalPlus(left._sums[i], right._sums[i], nameof(right));
            answers[i] = CountGuards.TotalPlus(left._answers![i], right._answers![i], nameof(right));
        }

        return new WeightedIndexAccumulator(left.Index, CountGuards.TotalPlus(left.Count, right.Count, nameof(right)), sums, answers);
    }

    /// <inheritdoc />
    public bool Equals(WeightedIndexAccumulator other) =>
        Equals(Index, other.Index) && Count == other.Count &&
        Normal(_sums, Index).SequenceEqual(Normal(other._sums, other.Index)) &&
        Normal(_answers, Index).SequenceEqual(Normal(other._answers, other.Index));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WeightedIndexAccumulator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Count);

    /// <summary>The text of <see cref="Result"/>, or <c>(no index)</c> for <see cref="Empty"/>.</summary>
    public override string ToString() => Index is null ? "(no index)" : Result.ToString();

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static WeightedIndexAccumulator operator +(WeightedIndexAccumulator left, WeightedIndexAccumulator right) => Combine(left, right);

    /// <summary>Equality of definition, sums and counts.</summary>
    public static bool operator ==(WeightedIndexAccumulator left, WeightedIndexAccumulator right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(WeightedIndexAccumulator left, WeightedIndexAccumulator right) => !left.Equals(right);

    // An accumulator that has seen only empty batches holds zero arrays where a fresh one holds none: same contents.
    private static ReadOnlySpan<long> Normal(long[]? values, WeightedIndex? index) =>
        values ?? (index is null ? [] : new long[index.Items.Length]);

    private WeightedIndex Require() =>
        Index ?? throw new InvalidOperationException(
            "This WeightedIndexAccumulator has no index (it is the definition-less Empty, the identity of Combine); create it with WeightedIndexAccumulator.For(index) before adding responses.");
}
