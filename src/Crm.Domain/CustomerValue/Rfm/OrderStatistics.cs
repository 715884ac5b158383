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
    /// non-negative) into <paramref name="results"/>, leaving <paramref name="data"/> unchanged. One histogram pass
    /// over the top 16 bits of the values (for non-negative doubles the bit pattern orders like the value), one pass
    /// gathering only the buckets that hold a wanted rank, then a quickselect inside those buckets.
    /// </summary>
    public static void SelectNonNegative(ReadOnlySpan<double> data, ReadOnlySpan<int> ranks, Span<double> results)
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

        const int shift = 64 - RadixBits;
        var table = ArrayPool<int>.Shared.Rent(1 << RadixBits);
        var gathered = ArrayPool<double>.Shared.Rent(data.Length);
        try
        {
            var counts = table.AsSpan(0, 1 << RadixBits);
            counts.Clear();
            foreach (var v in data)
            {
                counts[(int)(Key(v) >> shift)]++;
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
                var t = counts[(int)(Key(v) >> shift)];
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

    /// <summary>An order-preserving key of a non-negative double (adding 0 turns −0 into +0).</summary>
    private static ulong Key(double value) => BitConverter.DoubleToUInt64Bits(value + 0d);

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
