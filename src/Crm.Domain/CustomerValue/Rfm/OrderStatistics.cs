using System.Buffers;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>Several order statistics of one array in expected O(n log k) time: a multi-select built on a three-way
/// (Dutch flag) quickselect, so that heavy ties (most customers with frequency 0) cost nothing extra.</summary>
internal static class OrderStatistics
{
    private const int SmallRange = 32;
    private const int MaxRounds = 64;

    /// <summary>Below this many values a plain quickselect is cheaper than the radix pass.</summary>
    internal const int RadixThreshold = 4096;

    private const int RadixBits = 16;

    /// <summary>
    /// Writes the values of 0-based ranks <paramref name="ranks"/> (ascending) of <paramref name="data"/> (finite,
    /// non-negative) into <paramref name="results"/>, leaving <paramref name="data"/> unchanged: buckets by the top 16
    /// bits of the values (for non-negative doubles the bit pattern orders like the value); see
    /// <see cref="SelectByBuckets{TBuckets}"/>.
    /// </summary>
    public static void SelectNonNegative(ReadOnlySpan<double> data, ReadOnlySpan<int> ranks, Span<double> results) =>
        SelectByBuckets(data, ranks, results, default(TopBits));

    /// <summary>
    /// As <see cref="SelectNonNegative"/>, for values in [<paramref name="min"/>, <paramref name="max"/>] (finite) that
    /// crowd a narrow range, where the top bits of their patterns would put them all in a few buckets: 4,096 buckets
    /// of equal width across the range (the brackets of <see cref="FusedCutPoints"/>).
    /// </summary>
    public static void SelectInRange(ReadOnlySpan<double> data, ReadOnlySpan<int> ranks, Span<double> results, double min, double max)
    {
        var scale = LinearBuckets.Count / (max - min);
        if (double.IsFinite(scale) && scale > 0d)
        {
            SelectByBuckets(data, ranks, results, new LinearBuckets(min, scale));
        }
        else
        {
            SelectByBuckets(data, ranks, results, default(TopBits));
        }
    }

    /// <summary>
    /// The selection behind <see cref="SelectNonNegative"/> and <see cref="SelectInRange"/>: one histogram pass over
    /// the values' buckets (a bucket function that never decreases with the value, so that buckets order like
    /// values), one pass gathering only the buckets that hold a wanted rank, then a quickselect inside those buckets.
    /// Exact: the buckets only decide which values the quickselect sees. Below <see cref="RadixThreshold"/> values,
    /// a quickselect of a copy.
    /// </summary>
    private static void SelectByBuckets<TBuckets>(ReadOnlySpan<double> data, ReadOnlySpan<int> ranks, Span<double> results, TBuckets buckets)
        where TBuckets : struct, IBuckets
    {
        if (data.Length < RadixThreshold)
        {
            var copy = ArrayPool<double>.Shared.Rent(data.Length);
            try
            {
                data.CopyTo(copy);
                SelectInplace(copy.AsSpan(0, data.Length), ranks, results);
            }
            finally
            {
                ArrayPool<double>.Shared.Return(copy);
            }

            return;
        }

        var table = ArrayPool<int>.Shared.Rent(buckets.Count);
        var gathered = ArrayPool<double>.Shared.Rent(data.Length);
        try
        {
            var counts = table.AsSpan(0, buckets.Count);
            counts.Clear();
            foreach (var v in data)
            {
                counts[buckets.Of(v)]++;
            }

            // The bucket of each rank and the rank where that bucket starts.
            Span<int> bucketOf = stackalloc int[ranks.Length];
            Span<int> startOf = stackalloc int[ranks.Length];
            int cumulative = 0, j = 0;
            for (var b = 0; b < counts.Length && j < ranks.Length; b++)
            {
                var next = cumulative + counts[b];
                while (j < ranks.Length && ranks[j] < next)
                {
                    bucketOf[j] = b;
                    startOf[j] = cumulative;
                    j++;
                }

                cumulative = next;
            }

            // Distinct target buckets (ranks ascend, so buckets do too), their sizes and places in the gather buffer.
            Span<int> targets = stackalloc int[ranks.Length];
            Span<int> offsets = stackalloc int[ranks.Length + 1];
            var targetCount = 0;
            for (var i = 0; i < ranks.Length; i++)
            {
                if (targetCount == 0 || targets[targetCount - 1] != bucketOf[i])
                {
                    targets[targetCount] = bucketOf[i];
                    offsets[targetCount + 1] = offsets[targetCount] + counts[bucketOf[i]];
                    targetCount++;
                }
            }

            counts.Fill(-1);
            for (var t = 0; t < targetCount; t++)
            {
                counts[targets[t]] = t;
            }

            Span<int> filled = stackalloc int[targetCount];
            filled.Clear();
            foreach (var v in data)
            {
                var t = counts[buckets.Of(v)];
                if (t >= 0)
                {
                    gathered[offsets[t] + filled[t]++] = v;
                }
            }

            // Within each target bucket, the wanted ranks relative to the bucket's start.
            Span<int> local = stackalloc int[ranks.Length];
            var first = 0;
            for (var t = 0; t < targetCount; t++)
            {
                var end = first;
                while (end < ranks.Length && bucketOf[end] == targets[t])
                {
                    local[end] = ranks[end] - startOf[end];
                    end++;
                }

                SelectInplace(gathered.AsSpan(offsets[t], offsets[t + 1] - offsets[t]), local[first..end], results[first..end]);
                first = end;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
            ArrayPool<double>.Shared.Return(gathered);
        }
    }

    /// <summary>A bucket function: <see cref="Of"/> never decreases as the value grows.</summary>
    private interface IBuckets
    {
        /// <summary>The number of buckets.</summary>
        int Count { get; }

        /// <summary>The bucket of a value, in [0, <see cref="Count"/>).</summary>
        int Of(double value);
    }

    /// <summary>The top 16 bits of a non-negative double's pattern (adding 0 turns −0 into +0).</summary>
    private readonly struct TopBits : IBuckets
    {
        public int Count => 1 << RadixBits;

        public int Of(double value) => (int)(BitConverter.DoubleToUInt64Bits(value + 0d) >> (64 - RadixBits));
    }

    /// <summary>Equal-width buckets from <c>min</c>: (v − min) × scale, truncated and capped. Each step (a rounded
    /// subtraction, a multiplication by a positive number, truncation, the cap) never decreases with v.</summary>
    private readonly struct LinearBuckets(double min, double scale) : IBuckets
    {
        public const int Count = 1 << 12;

        int IBuckets.Count => Count;

        public int Of(double value) => Math.Min(Count - 1, (int)((value - min) * scale));
    }

    /// <summary>Writes the values of 0-based ranks <paramref name="ranks"/> (ascending) of <paramref name="data"/>
    /// into <paramref name="results"/>. Reorders <paramref name="data"/>.</summary>
    public static void SelectInplace(Span<double> data, ReadOnlySpan<int> ranks, Span<double> results) =>
        Select(data, 0, data.Length, ranks, results);

    private static void Select(Span<double> data, int lo, int hi, ReadOnlySpan<int> ranks, Span<double> results)
    {
        if (ranks.IsEmpty)
        {
            return;
        }

        var rank = ranks[ranks.Length / 2];
        int l = lo, h = hi, lt, gt;
        double pivot;
        var rounds = 0;
        while (true)
        {
            if (h - l <= SmallRange || ++rounds > MaxRounds)
            {
                // A small (or unlucky) range: sort it and read every rank inside it; recurse for the others.
                data[l..h].Sort();
                var first = 0;
                while (first < ranks.Length && ranks[first] < l)
                {
                    first++;
                }

                var end = first;
                while (end < ranks.Length && ranks[end] < h)
                {
                    results[end] = data[ranks[end]];
                    end++;
                }

                Select(data, lo, l, ranks[..first], results[..first]);
                Select(data, h, hi, ranks[end..], results[end..]);
                return;
            }

            pivot = MedianOfThree(data[l], data[l + ((h - l) / 2)], data[h - 1]);
            Partition(data, l, h, pivot, out lt, out gt);
            if (rank < lt)
            {
                h = lt;
            }
            else if (rank >= gt)
            {
                l = gt;
            }
            else
            {
                break;
            }
        }

        // [lo, lt) holds the smallest values (all <= pivot), [lt, gt) equals pivot, [gt, hi) the largest.
        var left = 0;
        while (left < ranks.Length && ranks[left] < lt)
        {
            left++;
        }

        var right = left;
        while (right < ranks.Length && ranks[right] < gt)
        {
            results[right] = pivot;
            right++;
        }

        Select(data, lo, lt, ranks[..left], results[..left]);
        Select(data, gt, hi, ranks[right..], results[right..]);
    }

    private static void Partition(Span<double> data, int lo, int hi, double pivot, out int lt, out int gt)
    {
        // Invariant: [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot.
        lt = lo;
        gt = hi;
        var i = lo;
        while (i < gt)
        {
            var v = data[i];
            if (v < pivot)
            {
                data[i] = data[lt];
                data[lt] = v;
                lt++;
                i++;
            }
            else if (v > pivot)
            {
                gt--;
                data[i] = data[gt];
                data[gt] = v;
            }
            else
            {
                i++;
            }
        }
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
}
