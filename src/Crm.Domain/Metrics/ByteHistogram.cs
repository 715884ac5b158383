using System.Numerics;
using System.Runtime.InteropServices;

namespace Crm.Domain.Metrics;

/// <summary>
/// The vectorised kernel of the rating batches: counts how often each byte value of a small range occurs in a span.
/// </summary>
/// <remarks>
/// The span is cut into L1-sized chunks of at most 255 vectors. For each value of the range, one pass over the chunk
/// compares every vector with the value (0xFF where equal, i.e. −1) and subtracts the mask from byte lanes, so no lane
/// can pass 255 before the chunk's counts are widened and summed into 64-bit totals. A byte outside the range is never
/// counted, so validation is free: a chunk whose counts do not add up to its length holds an invalid byte, which a
/// scalar scan of that chunk then locates. Allocates nothing.
/// </remarks>
internal static class ByteHistogram
{
    /// <summary>The most vectors one byte lane may count before it could wrap (two lanes per value share them).</summary>
    private const int VectorsPerChunk = 255;

    /// <summary>Adds to <c>counts[v − low]</c> the occurrences of every byte v in [<paramref name="low"/>,
    /// <paramref name="high"/>]; returns the index of the first byte outside the range, or −1 when there is none.
    /// On a non-negative return the counts are partial and must be discarded.</summary>
    public static int Count(ReadOnlySpan<byte> data, byte low, byte high, Span<long> counts)
    {
        var buckets = high - low + 1;
        counts = counts[..buckets];
        var i = 0;
        if (Vector.IsHardwareAccelerated && data.Length >= Vector<byte>.Count)
        {
            var width = Vector<byte>.Count;
            ref var start = ref MemoryMarshal.GetReference(data);
            var vectorEnd = data.Length - (data.Length % width);
            while (i < vectorEnd)
            {
                var chunkEnd = Math.Min(vectorEnd, i + (VectorsPerChunk * width));
                long counted = 0;
                for (var b = 0; b < buckets; b++)
                {
                    var c = CountValue(ref start, i, chunkEnd, width, new Vector<byte>((byte)(low + b)));
                    counts[b] += c;
                    counted += c;
                }

                if (counted != chunkEnd - i)
                {
                    return FirstOutside(data, i, low, high);
                }

                i = chunkEnd;
            }
        }

        for (; i < data.Length; i++)
        {
            var v = data[i] - low;
            if ((uint)v >= (uint)buckets)
            {
                return i;
            }

            counts[v]++;
        }

        return -1;
    }

    /// <summary>Occurrences of <paramref name="target"/> in whole vectors [from, to) (at most 255 of them).</summary>
    private static int CountValue(ref byte start, int from, int to, int width, Vector<byte> target)
    {
        // Two accumulators break the dependency chain of subtract-after-compare.
        var acc0 = Vector<byte>.Zero;
        var acc1 = Vector<byte>.Zero;
        var j = from;
        for (; j + (2 * width) <= to; j += 2 * width)
        {
            acc0 -= Vector.Equals(Vector.LoadUnsafe(ref start, (nuint)j), target);
            acc1 -= Vector.Equals(Vector.LoadUnsafe(ref start, (nuint)(j + width)), target);
        }

        if (j < to)
        {
            acc0 -= Vector.Equals(Vector.LoadUnsafe(ref start, (nuint)j), target);
        }

        return SumLanes(acc0) + SumLanes(acc1);
    }

    /// <summary>The sum of the byte lanes (each at most 128 here), widened so it cannot wrap.</summary>
    private static int SumLanes(Vector<byte> lanes)
    {
        Vector.Widen(lanes, out var lowHalf, out var highHalf);
        return Vector.Sum(lowHalf + highHalf);
    }

    private static int FirstOutside(ReadOnlySpan<byte> data, int from, byte low, byte high)
    {
        for (var i = from; i < data.Length; i++)
        {
            if (data[i] < low || data[i] > high)
            {
                return i;
            }
        }

        return -1;
    }
}
