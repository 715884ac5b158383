using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Metrics;

/// <summary>
/// Customer satisfaction (CSAT): the count of each answer 1–5, from which <see cref="CsatResult"/> derives the CSAT
/// score = satisfied answers (4 "satisfied" and 5 "very satisfied") / all answers, a rate in [0, 1], and the mean
/// answer in [1, 5].
/// </summary>
/// <remarks>
/// <para>Source: the "top-two-box" convention of survey research, which is how customer-service practice defines
/// CSAT: the share of respondents choosing the two highest points of a five-point satisfaction scale. No standards
/// body owns the definition; the mean is reported beside it because both are in common use.</para>
/// <para>The sufficient statistics are the five counts, so partial accumulators merge exactly and can be persisted (<see cref="ToState"/>, <see cref="FromState"/>).
/// <see cref="AddRange(ReadOnlySpan{CsatRating})"/> is vectorised and allocates nothing; a <c>default(CsatRating)</c>
/// (byte 0, off the scale) anywhere in the batch throws <see cref="ArgumentException"/> naming its index.</para>
/// <para><c>default</c> is <see cref="Empty"/>. Equality compares the counts. This type is an immutable value and is
/// thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<CsatAccumulator, CsatAccumulatorState>))]
public readonly struct CsatAccumulator
    : IAccumulator<CsatAccumulator, CsatRating, CsatResult>, IAccumulatorState<CsatAccumulator, CsatAccumulatorState>, IEquatable<CsatAccumulator>
{
    internal const int Points = CsatRating.MaxScore - CsatRating.MinScore + 1;

    private readonly Counts11 _counts; // index = score − 1 (5 used)

    private CsatAccumulator(Counts11 counts, string parameterName) =>
        _counts = CountsOps.WithinWeightedSum(counts, Points, CsatRating.MinScore, parameterName);

    /// <summary>No answers.</summary>
    public static CsatAccumulator Empty => default;

    /// <summary>The number of answers.</summary>
    public long Count => CountsOps.Sum(_counts);

    /// <summary>CSAT and the mean answer, or "no data" when there are no answers.</summary>
    public CsatResult Result => new(_counts);

    /// <summary>The number of answers per score: element i counts score i + 1 (5 elements).</summary>
    public ImmutableArray<long> Distribution => CountsOps.ToImmutable(_counts, Points);

    /// <summary>The counts per score, to persist or ship (see <see cref="CsatAccumulatorState"/>).</summary>
    public CsatAccumulatorState ToState() => new(Distribution);

    /// <summary>Rebuilds an accumulator from its counts per score (element i counts score i + 1).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">Not exactly 5 counts, a negative count, or counts adding up past
    /// <see cref="long.MaxValue"/>.</exception>
    public static CsatAccumulator FromState(CsatAccumulatorState state)
    {
        Guard.Against.Null(state);
        return new(CountsOps.From(state.Distribution, Points, "state.Distribution"), "state.Distribution");
    }

    /// <summary>Adds one answer.</summary>
    /// <exception cref="ArgumentException"><paramref name="rating"/> is <c>default</c>.</exception>
    public CsatAccumulator Add(CsatRating rating)
    {
        Guard.Against.Uninitialized(rating, !rating.IsDefault);
        var counts = _counts;
        var i = rating.Score - CsatRating.MinScore;
        counts[i] = CountGuards.TotalPlus(counts[i], 1, nameof(rating));
        return new CsatAccumulator(counts, nameof(rating));
    }

    /// <summary>Adds a batch of answers (vectorised, no allocation).</summary>
    /// <exception cref="ArgumentException">An element is <c>default(CsatRating)</c>; the message names its index.</exception>
    public CsatAccumulator AddRange(ReadOnlySpan<CsatRating> observations)
    {
        Span<long> delta = stackalloc long[Points];
        delta.Clear();
        var bad = ByteHistogram.Count(MemoryMarshal.Cast<CsatRating, byte>(observations), CsatRating.MinScore, CsatRating.MaxScore, delta);
        if (bad >= 0)
        {
            throw new ArgumentException($"observations[{bad}] is an uninitialised default(CsatRating) (score 0), not a score in [1, 5]; create ratings with CsatRating.Of.", nameof(observations));
        }

        return new CsatAccumulator(CountsOps.Add(_counts, delta), nameof(observations));
    }

    /// <summary>Adds a sequence of answers; forwards to the span batch.</summary>
    public CsatAccumulator AddRange(IEnumerable<CsatRating> observations) =>
        SpanForwarding.Aggregate(this, observations, static (acc, span) => acc.AddRange(span));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{CsatRating})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public CsatAccumulator AddRange(CsatRating[] observations) =>
        AddRange(new ReadOnlySpan<CsatRating>(Guard.Against.Null(observations)));

    /// <summary>The number of answers with the score of <paramref name="rating"/>.</summary>
    public long CountOf(CsatRating rating)
    {
        Guard.Against.Uninitialized(rating, !rating.IsDefault);
        return _counts[rating.Score - CsatRating.MinScore];
    }

    /// <summary>Merges two accumulators by adding their counts.</summary>
    public static CsatAccumulator Combine(CsatAccumulator left, CsatAccumulator right) =>
        new(CountsOps.Add(left._counts, right._counts), nameof(right));

    /// <inheritdoc />
    public bool Equals(CsatAccumulator other) => CountsOps.Equal(_counts, other._counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CsatAccumulator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => CountsOps.Hash(_counts);

    /// <summary>The result as text (see <see cref="CsatResult.ToString"/>).</summary>
    public override string ToString() => Result.ToString();

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static CsatAccumulator operator +(CsatAccumulator left, CsatAccumulator right) => Combine(left, right);

    /// <summary>Equality.</summary>
    public static bool operator ==(CsatAccumulator left, CsatAccumulator right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CsatAccumulator left, CsatAccumulator right) => !left.Equals(right);
}
