using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Metrics.Service;

/// <summary>
/// A mergeable relative-error quantile sketch over non-negative nanosecond counts, after DDSketch (Masson, Rim &amp;
/// Lee, "DDSketch: a fast and fully-mergeable quantile sketch with relative-error guarantees", VLDB 2019).
/// </summary>
/// <remarks>
/// <para>A positive value <c>x</c> goes to bucket <c>i = ceil(log_γ x)</c> with <c>γ = (1 + α) / (1 − α)</c>, so
/// bucket <c>i</c> holds <c>(γ^(i−1), γ^i]</c>; zero goes to a separate count. A quantile is answered by the bucket
/// holding the value of rank <c>⌊q (n − 1)⌋</c> (0-based, the lower order statistic) and reported as
/// <c>2γ^i / (γ + 1)</c>, which is within relative error <c>α</c> of every value of the bucket: so of the exact
/// order statistic. Counts are exact, so merging is exact, associative and commutative.</para>
/// <para>The store is dense between the lowest and highest occupied bucket and always trimmed to them, so equal
/// contents give equal arrays. With α = 1 %, one minute to one month spans about 540 buckets (4.3 kB). The array is
/// never mutated after construction: every change builds a new one.</para>
/// </remarks>
internal readonly struct DurationSketch : IEquatable<DurationSketch>
{
    /// <summary>The relative accuracy α.</summary>
    internal const double Alpha = 0.01;

    internal static readonly double Gamma = (1 + Alpha) / (1 - Alpha);
    private static readonly double InverseLogGamma = 1 / Math.Log(Gamma);

    private readonly long[]? _buckets;

    private DurationSketch(long zeroCount, int offset, long[]? buckets)
    {
        ZeroCount = zeroCount;
        Offset = offset;
        _buckets = buckets;
    }

    /// <summary>Rebuilds a stored sketch (for <see cref="TimeToResolutionAccumulator.FromState"/>): counts non-negative,
    /// the store trimmed (first and last bucket occupied) and within [0, <see cref="MaxIndex"/>].</summary>
    /// <exception cref="ArgumentException">The state is inconsistent, or its counts add up past <see cref="long.MaxValue"/>.</exception>
    internal static DurationSketch FromState(long zeroCount, int offset, ImmutableArray<long> buckets, out long total)
    {
        Guard.Against.NegativeValue(zeroCount, "state.ZeroCount");
        if (buckets.Length == 0)
        {
            total = zeroCount;
            Guard.Against.OutsideRange(offset, 0, 0, "state.Offset");
            return new DurationSketch(zeroCount, 0, null);
        }

        Guard.Against.OutsideRange(offset, 0, MaxIndex - buckets.Length + 1, "state.Offset");
        if (buckets[0] == 0 || buckets[^1] == 0)
        {
            throw new ArgumentException("The sketch's buckets must be trimmed: the first and last of state.Buckets must be occupied.", nameof(buckets));
        }

        total = CountGuards.TotalPlus(Guard.Against.InvalidCounts(buckets.AsSpan(), positive: false, "state.Buckets"), zeroCount, "state.Buckets");

        // The state's array is immutable and never changed here, so it can be shared.
        return new DurationSketch(zeroCount, offset, ImmutableCollectionsMarshal.AsArray(buckets));
    }

    /// <summary>The bucket store as an immutable array sharing the (never mutated) store.</summary>
    internal ImmutableArray<long> BucketArray => ImmutableCollectionsMarshal.AsImmutableArray(_buckets ?? []);

    /// <summary>How many zero values were added.</summary>
    internal long ZeroCount { get; }

    /// <summary>The bucket index of <c>_buckets[0]</c>.</summary>
    internal int Offset { get; }

    internal ReadOnlySpan<long> Buckets => _buckets;

    /// <summary>The bucket of a positive value.</summary>
    internal static int IndexOf(long positiveNanoseconds) => (int)Math.Ceiling(Math.Log(positiveNanoseconds) * InverseLogGamma);

    /// <summary>The representative value of a bucket: within relative error α of everything in it.</summary>
    internal static double ValueOf(int index) => 2 * Math.Pow(Gamma, index) / (Gamma + 1);

    /// <summary>The largest bucket index a valid value (at most <see cref="ClosedCase.MaxTimeToResolution"/>) can have;
    /// indices of valid values lie in [0, MaxIndex] (about 2,130 buckets at α = 1 %).</summary>
    internal static readonly int MaxIndex = IndexOf(ClosedCase.MaxTimeToResolution.ToInt64Nanoseconds());

    /// <summary>Counts values in [0, max time to resolution] into <paramref name="scratch"/> (length MaxIndex + 1,
    /// indexed by bucket); returns how many were zero.</summary>
    internal static long CountInto(Span<long> scratch, ReadOnlySpan<long> values)
    {
        long zeros = 0;
        foreach (var v in values)
        {
            if (v == 0)
            {
                zeros++;
            }
            else
            {
                scratch[IndexOf(v)]++;
            }
        }

        return zeros;
    }

    /// <summary>This sketch plus the dense counts of <paramref name="scratch"/> (see <see cref="CountInto"/>): one new
    /// trimmed array at most.</summary>
    internal DurationSketch Plus(ReadOnlySpan<long> scratch, long zeros)
    {
        var lo = scratch.IndexOfAnyExcept(0L);
        if (lo < 0)
        {
            return new DurationSketch(ZeroCount + zeros, Offset, _buckets);
        }

        var hi = scratch.LastIndexOfAnyExcept(0L);
        var (offset, buckets) = Widen(lo, hi);
        for (var i = lo; i <= hi; i++)
        {
            buckets[i - offset] += scratch[i];
        }

        return new DurationSketch(ZeroCount + zeros, offset, buckets);
    }

    /// <summary>Merges two sketches (exact: bucket counts add).</summary>
    internal static DurationSketch Combine(DurationSketch left, DurationSketch right)
    {
        if (right._buckets is null)
        {
            return new DurationSketch(left.ZeroCount + right.ZeroCount, left.Offset, left._buckets);
        }

        if (left._buckets is null)
        {
            return new DurationSketch(left.ZeroCount + right.ZeroCount, right.Offset, right._buckets);
        }

        var (offset, buckets) = left.Widen(right.Offset, right.Offset + right._buckets.Length - 1);
        for (var k = 0; k < right._buckets.Length; k++)
        {
            buckets[right.Offset + k - offset] += right._buckets[k];
        }

        return new DurationSketch(left.ZeroCount + right.ZeroCount, offset, buckets);
    }

    /// <summary>The estimated value (in nanoseconds) of rank <c>⌊q (count − 1)⌋</c>; requires count &gt; 0.</summary>
    internal double Quantile(double q, long count)
    {
        var rank = (long)Math.Floor(q * (count - 1));
        if (rank < ZeroCount)
        {
            return 0;
        }

        var seen = ZeroCount;
        var buckets = _buckets!;
        for (var k = 0; k < buckets.Length; k++)
        {
            seen += buckets[k];
            if (seen > rank)
            {
                return ValueOf(Offset + k);
            }
        }

        return ValueOf(Offset + buckets.Length - 1);
    }

    /// <inheritdoc />
    public bool Equals(DurationSketch other) =>
        ZeroCount == other.ZeroCount && Offset == other.Offset && Buckets.SequenceEqual(other.Buckets) &&
        (_buckets is null) == (other._buckets is null);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DurationSketch other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ZeroCount);
        hash.Add(Offset);
        foreach (var b in Buckets)
        {
            hash.Add(b);
        }

        return hash.ToHashCode();
    }

    /// <summary>A fresh copy of the store covering its own range and <c>lo..hi</c>.</summary>
    private (int Offset, long[] Buckets) Widen(int lo, int hi)
    {
        if (_buckets is null)
        {
            return (lo, new long[hi - lo + 1]);
        }

        var offset = Math.Min(lo, Offset);
        var end = Math.Max(hi, Offset + _buckets.Length - 1);
        var buckets = new long[end - offset + 1];
        _buckets.CopyTo(buckets, Offset - offset);
        return (offset, buckets);
    }
}
