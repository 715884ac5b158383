using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Metrics;

/// <summary>
/// Net Promoter Score: the count of each answer 0–10 to the "would you recommend us" question, from which
/// <see cref="NpsResult"/> derives NPS = % promoters (9–10) − % detractors (0–6), in points from −100 to +100.
/// </summary>
/// <remarks>
/// <para>Source: F. F. Reichheld, "The One Number You Need to Grow", Harvard Business Review, December 2003.</para>
/// <para>The sufficient statistics are the eleven counts (the whole distribution), so accumulators of partitions
/// merge exactly (<see cref="Combine"/>, <c>+</c>) and can be persisted (<see cref="ToState"/> and <see cref="FromState"/>, or JSON).
/// <see cref="AddRange(ReadOnlySpan{NpsRating})"/> is vectorised (it counts bytes) and allocates nothing; a
/// <c>default(NpsRating)</c> anywhere in the batch throws <see cref="ArgumentException"/> naming its index.</para>
/// <para><c>default</c> is <see cref="Empty"/>. Equality compares the eleven counts. This type is an immutable value
/// and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<NpsAccumulator, NpsAccumulatorState>))]
public readonly struct NpsAccumulator
    : IAccumulator<NpsAccumulator, NpsRating, NpsResult>, IAccumulatorState<NpsAccumulator, NpsAccumulatorState>, IEquatable<NpsAccumulator>
{
    private readonly Counts11 _counts; // index = score

    private NpsAccumulator(Counts11 counts) => _counts = counts;

    /// <summary>No answers.</summary>
    public static NpsAccumulator Empty => default;

    /// <summary>The number of answers.</summary>
    public long Count => CountsOps.Sum(_counts);

    /// <summary>The score, or "no data" when there are no answers.</summary>
    public NpsResult Result => new(_counts);

    /// <summary>The number of answers per score: element i counts score i (11 elements).</summary>
    public ImmutableArray<long> Distribution => CountsOps.ToImmutable(_counts, Counts11.Length);

    /// <summary>The counts per score, to persist or ship (see <see cref="NpsAccumulatorState"/>).</summary>
    public NpsAccumulatorState ToState() => new(Distribution);

    /// <summary>Rebuilds an accumulator from its counts per score (element i counts score i).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">Not exactly 11 counts, a negative count, or counts adding up past
    /// <see cref="long.MaxValue"/>.</exception>
    public static NpsAccumulator FromState(NpsAccumulatorState state)
    {
        Guard.Against.Null(state);
        return new(CountsOps.From(state.Distribution, Counts11.Length, "state.Distribution"));
    }

    /// <summary>Adds one answer.</summary>
    /// <exception cref="ArgumentException"><paramref name="rating"/> is <c>default</c>.</exception>
    public NpsAccumulator Add(NpsRating rating)
    {
        Guard.Against.Uninitialized(rating, !rating.IsDefault);
        var counts = _counts;
        counts[rating.Score] = CountGuards.TotalPlus(counts[rating.Score], 1, nameof(rating));
        return new NpsAccumulator(counts);
    }

    /// <summary>Adds a batch of answers (vectorised, no allocation).</summary>
    /// <exception cref="ArgumentException">An element is <c>default(NpsRating)</c>; the message names its index.</exception>
    public NpsAccumulator AddRange(ReadOnlySpan<NpsRating> observations)
    {
        Span<long> delta = stackalloc long[Counts11.Length];
        delta.Clear();
        var bad = ByteHistogram.Count(MemoryMarshal.Cast<NpsRating, byte>(observations), NpsRating.Encode(NpsRating.MinScore), NpsRating.Encode(NpsRating.MaxScore), delta);
        if (bad >= 0)
        {
            throw new ArgumentException($"observations[{bad}] is an uninitialised default(NpsRating), not a score in [0, 10]; create ratings with NpsRating.Of.", nameof(observations));
        }

        return new NpsAccumulator(CountsOps.Add(_counts, delta));
    }

    /// <summary>Adds a sequence of answers; forwards to the span batch.</summary>
    public NpsAccumulator AddRange(IEnumerable<NpsRating> observations) =>
        SpanForwarding.Aggregate(this, observations, static (acc, span) => acc.AddRange(span));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{NpsRating})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public NpsAccumulator AddRange(NpsRating[] observations) =>
        AddRange(new ReadOnlySpan<NpsRating>(Guard.Against.Null(observations)));

    /// <summary>The number of answers with the score of <paramref name="rating"/>.</summary>
    public long CountOf(NpsRating rating)
    {
        Guard.Against.Uninitialized(rating, !rating.IsDefault);
        return _counts[rating.Score];
    }

    /// <summary>Merges two accumulators by adding their counts.</summary>
    public static NpsAccumulator Combine(NpsAccumulator left, NpsAccumulator right) =>
        new(CountsOps.Add(left._counts, right._counts));

    /// <inheritdoc />
    public bool Equals(NpsAccumulator other) => CountsOps.Equal(_counts, other._counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NpsAccumulator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => CountsOps.Hash(_counts);

    /// <summary>The result as text (see <see cref="NpsResult.ToString"/>).</summary>
    public override string ToString() => Result.ToString();

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static NpsAccumulator operator +(NpsAccumulator left, NpsAccumulator right) => Combine(left, right);

    /// <summary>Equality.</summary>
    public static bool operator ==(NpsAccumulator left, NpsAccumulator right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(NpsAccumulator left, NpsAccumulator right) => !left.Equals(right);
}
