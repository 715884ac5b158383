namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>Several order statistics of one array in expected O(n log k) time: a multi-select built on a three-way
/// (Dutch flag) quickselect, so that heavy ties (most customers with frequency 0) cost nothing extra.</summary>
internal static class OrderStatistics
{
    private const int SmallRange = 32;
    private const int MaxRounds = 64;

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
