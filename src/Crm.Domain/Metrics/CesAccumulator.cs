using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Metrics;

/// <summary>
/// Customer Effort Score over one <see cref="CesScale"/>: the count of each answer, from which
/// <see cref="CesResult"/> derives the mean answer (in the scale's own units, between its min and max) and the share
/// of "easy" answers, a rate in [0, 1].
/// </summary>
/// <remarks>
/// <para>Sources: Dixon, Freeman and Toman, "Stop Trying to Delight Your Customers", Harvard Business Review, 2010
/// (CES 1.0, a 1–5 effort scale, reported as the mean); CEB/Gartner's CES 2.0 (1–7 agreement with "The company made
/// it easy for me to handle my issue", reported as the share agreeing, 5–7). The "easy" rule is the scale's:
/// an answer strictly on the easy side of the midpoint (see <see cref="CesScale"/>).</para>
/// <para>Create it with <see cref="For"/>. <see cref="Empty"/> (also <c>default</c>) has no scale yet: it is the
/// identity of <see cref="Combine"/> (it takes the other side's scale) but cannot take answers. Combining
/// accumulators of two different scales throws <see cref="ArgumentException"/>: their answers do not mean the same.
/// The batch is vectorised and allocates nothing; an answer off the scale (including <c>default(CesRating)</c>) throws
/// naming its index.</para>
/// <para>Equality compares scale and counts. This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<CesAccumulator, CesAccumulatorState>))]
public readonly struct CesAccumulator
    : IAccumulator<CesAccumulator, CesRating, CesResult>, IAccumulatorState<CesAccumulator, CesAccumulatorState>, IEquatable<CesAccumulator>
{
    private readonly Counts11 _counts; // index = answer − scale.Min

    private CesAccumulator(CesScale scale, Counts11 counts, string parameterName)
    {
        Scale = scale;
        _counts = CountsOps.WithinWeightedSum(counts, scale.Points, scale.Min, parameterName);
    }

    /// <summary>No answers and no scale yet; the identity of <see cref="Combine"/>. Use <see cref="For"/> to add answers.</summary>
    public static CesAccumulator Empty => default;

    /// <summary>The scale the answers are judged on (<c>default</c> for <see cref="Empty"/>).</summary>
    public CesScale Scale { get; }

    /// <summary>The number of answers.</summary>
    public long Count => CountsOps.Sum(_counts);

    /// <summary>The mean and the easy share, or "no data" when there are no answers.</summary>
    public CesResult Result => new(Scale, _counts);

    /// <summary>The number of answers per point: element i counts answer Scale.Min + i (Scale.Points elements).</summary>
    public ImmutableArray<long> Distribution => CountsOps.ToImmutable(_counts, Scale.Points);

    /// <summary>An empty accumulator for answers on <paramref name="scale"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    public static CesAccumulator For(CesScale scale)
    {
        scale.EnsureUsable();
        return new CesAccumulator(scale, default, nameof(scale));
    }

    /// <summary>The scale (null for <see cref="Empty"/>) and the counts per answer, to persist or ship (see
    /// <see cref="CesAccumulatorState"/>).</summary>
    public CesAccumulatorState ToState() => new(Scale.IsDefault ? null : Scale, Distribution);

    /// <summary>Rebuilds an accumulator from its scale and counts per answer (element i counts answer Scale.Min + i);
    /// a null scale with no counts is <see cref="Empty"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The scale is <c>default</c>; not exactly Scale.Points counts (none without a
    /// scale); a negative count; or counts adding up past <see cref="long.MaxValue"/>.</exception>
    public static CesAccumulator FromState(CesAccumulatorState state)
    {
        Guard.Against.Null(state);
        if (state.Scale is not { } scale)
        {
            Guard.Against.WrongLength(state.Distribution, 0);
            return Empty;
        }

        scale.EnsureUsable();
        return new CesAccumulator(scale, CountsOps.From(state.Distribution, scale.Points, "state.Distribution"), "state.Distribution");
    }

    /// <summary>Adds one answer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is off the scale (or <c>default</c>).</exception>
    /// <exception cref="InvalidOperationException">This is <see cref="Empty"/>, which has no scale.</exception>
    public CesAccumulator Add(CesRating rating)
    {
        EnsureScale();
        if (rating.IsDefault)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, $"rating is an uninitialised default(CesRating), not an answer on the scale {Scale}.");
        }

        Guard.Against.OutsideRange(rating.Answer, Scale.Min, Scale.Max, nameof(rating));
        var counts = _counts;
        var i = rating.Answer - Scale.Min;
        counts[i] = CountGuards.TotalPlus(counts[i], 1, nameof(rating));
        return new CesAccumulator(Scale, counts, nameof(rating));
    }

    /// <summary>Adds a batch of answers (vectorised, no allocation).</summary>
    /// <exception cref="ArgumentException">An element is off the scale or <c>default</c>; the message names its index.</exception>
    /// <exception cref="InvalidOperationException">This is <see cref="Empty"/>, which has no scale.</exception>
    public CesAccumulator AddRange(ReadOnlySpan<CesRating> observations)
    {
        EnsureScale();
        Span<long> delta = stackalloc long[Counts11.Length];
        delta.Clear();
        var bad = ByteHistogram.Count(MemoryMarshal.Cast<CesRating, byte>(observations), CesRating.Encode(Scale.Min), CesRating.Encode(Scale.Max), delta);
        if (bad >= 0)
        {
            var what = observations[bad].IsDefault ? "an uninitialised default(CesRating)" : $"answer {observations[bad].Answer}";
            throw new ArgumentException($"observations[{bad}] is {what}, not an answer in [{Scale.Min}, {Scale.Max}] of the scale {Scale}.", nameof(observations));
        }

        return new CesAccumulator(Scale, CountsOps.Add(_counts, delta[..Scale.Points]), nameof(observations));
    }

    /// <summary>Adds a sequence of answers; forwards to the span batch.</summary>
    public CesAccumulator AddRange(IEnumerable<CesRating> observations) =>
        SpanForwarding.Aggregate(this, observations, static (acc, span) => acc.AddRange(span));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{CesRating})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public CesAccumulator AddRange(CesRating[] observations) =>
        AddRange(new ReadOnlySpan<CesRating>(Guard.Against.Null(observations)));

    /// <summary>Merges two accumulators of the same scale by adding their counts; <see cref="Empty"/> takes the
    /// other's scale.</summary>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    public static CesAccumulator Combine(CesAccumulator left, CesAccumulator right)
    {
        if (left.Scale.IsDefault)
        {
            return right;
        }

        if (right.Scale.IsDefault)
        {
            return left;
        }

        if (left.Scale != right.Scale)
        {
            throw new ArgumentException($"Cannot combine CES answers on different scales: {left.Scale} and {right.Scale}.", nameof(right));
        }

        return new CesAccumulator(left.Scale, CountsOps.Add(left._counts, right._counts), nameof(right));
    }

    /// <inheritdoc />
    public bool Equals(CesAccumulator other) => Scale == other.Scale && CountsOps.Equal(_counts, other._counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CesAccumulator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scale, CountsOps.Hash(_counts));

    /// <summary>The result as text (see <see cref="CesResult.ToString"/>).</summary>
    public override string ToString() => Result.ToString();

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static CesAccumulator operator +(CesAccumulator left, CesAccumulator right) => Combine(left, right);

    /// <summary>Equality.</summary>
    public static bool operator ==(CesAccumulator left, CesAccumulator right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CesAccumulator left, CesAccumulator right) => !left.Equals(right);

    private void EnsureScale()
    {
        if (Scale.IsDefault)
        {
            throw new InvalidOperationException("CesAccumulator.Empty has no scale and cannot take answers; start from CesAccumulator.For(scale).");
        }
    }
}
