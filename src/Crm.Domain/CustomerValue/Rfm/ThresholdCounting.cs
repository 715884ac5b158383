using System.Numerics;
using System.Runtime.InteropServices;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>
/// Counts, for a few thresholds at once, how many values lie strictly below each and how many at most at it: the
/// counting pass of <see cref="SampledSelection"/>. Vectorised: a comparison mask is all ones (−1 as an integer)
/// where true, so subtracting masks counts per lane; the data is read in L1-sized chunks, each chunk once per group
/// of four thresholds. Exact (integer counts); allocates nothing.
/// </summary>
internal static class ThresholdCounting
{
    private const int ChunkLength = 4_096;
    private const int PerGroup = 4;

    /// <summary>Adds nothing, overwrites: <c>below[j] = #(v &lt; thresholds[j])</c>, <c>atMost[j] = #(v &lt;=
    /// thresholds[j])</c>.</summary>
    public static void Count(ReadOnlySpan<double> data, ReadOnlySpan<double> thresholds, Span<long> below, Span<long> atMost)
    {
        below.Clear();
        atMost.Clear();
        for (var from = 0; from < data.Length; from += ChunkLength)
        {
            Accumulate(data.Slice(from, Math.Min(ChunkLength, data.Length - from)), thresholds, below, atMost);
        }
    }

    /// <summary>Adds the counts of one L1-sized <paramref name="chunk"/> to <paramref name="below"/> and
    /// <paramref name="atMost"/> (the fused RFM pass calls it per chunk of each measure).</summary>
    public static void Accumulate(ReadOnlySpan<double> chunk, ReadOnlySpan<double> thresholds, Span<long> below, Span<long> atMost)
    {
        var width = Vector<double>.Count;
        var vectorEnd = Vector.IsHardwareAccelerated ? chunk.Length - (chunk.Length % width) : 0;
        for (var g = 0; g < thresholds.Length; g += PerGroup)
        {
            var count = Math.Min(PerGroup, thresholds.Length - g);
            CountGroup(chunk[..vectorEnd], thresholds.Slice(g, count), below.Slice(g, count), atMost.Slice(g, count));
        }

        foreach (var v in chunk[vectorEnd..])
        {
            for (var j = 0; j < thresholds.Length; j++)
            {
                below[j] += v < thresholds[j] ? 1 : 0;
                atMost[j] += v <= thresholds[j] ? 1 : 0;
            }
        }
    }

    /// <summary>Up to four thresholds over whole vectors; a missing threshold repeats the last and its counts are dropped.</summary>
    private static void CountGroup(ReadOnlySpan<double> values, ReadOnlySpan<double> thresholds, Span<long> below, Span<long> atMost)
    {
        var last = thresholds.Length - 1;
        var t0 = new Vector<double>(thresholds[0]);
        var t1 = new Vector<double>(thresholds[Math.Min(1, last)]);
        var t2 = new Vector<double>(thresholds[Math.Min(2, last)]);
        var t3 = new Vector<double>(thresholds[Math.Min(3, last)]);
        Vector<long> b0 = default, b1 = default, b2 = default, b3 = default;
        Vector<long> a0 = default, a1 = default, a2 = default, a3 = default;
        ref var start = ref MemoryMarshal.GetReference(values);
        for (var i = 0; i < values.Length; i += Vector<double>.Count)
        {
            var v = Vector.LoadUnsafe(ref start, (nuint)i);
            b0 += Vector.LessThan(v, t0);
            a0 += Vector.LessThanOrEqual(v, t0);
            b1 += Vector.LessThan(v, t1);
            a1 += Vector.LessThanOrEqual(v, t1);
            b2 += Vector.LessThan(v, t2);
            a2 += Vector.LessThanOrEqual(v, t2);
            b3 += Vector.LessThan(v, t3);
            a3 += Vector.LessThanOrEqual(v, t3);
        }

        // The masks were added as −1 per hit: negate the lane sums.
        Span<long> lessThan = [-Vector.Sum(b0), -Vector.Sum(b1), -Vector.Sum(b2), -Vector.Sum(b3)];
        Span<long> notAbove = [-Vector.Sum(a0), -Vector.Sum(a1), -Vector.Sum(a2), -Vector.Sum(a3)];
        for (var j = 0; j < thresholds.Length; j++)
        {
            below[j] += lessThan[j];
            atMost[j] += notAbove[j];
        }
    }
}
