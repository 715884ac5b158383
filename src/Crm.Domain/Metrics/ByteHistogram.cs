using System.Numerics;
using System.Runtime.InteropServices;

namespace Crm.Domain.Metrics;

/// <summary>
/// The vectorised kernel of the rating batches: counts how often each byte value of a small range occurs in a span.
/// </summary>
/// <remarks>
/// The span is cut into L1-sized chunks of at most 255 vectors. One pass over the chunk per four values of the range
/// compares every vector with each value (0xFF where equal, i.e. −1) and subtracts the mask from that value's byte
/// lanes, so no lane can pass 255 before the chunk's counts are widened and summed into 64-bit totals. A byte outside
/// the range is never counted, so validation is free: a chunk whose counts do not add up to its length holds an
/// invalid byte, which a scalar scan of that chunk then locates. Allocates nothing.
/// </remarks>
internal static class ByteHistogram
{
    /// <summary>The most vectors one byte lane may count before it could wrap.</summary>
    private const int VectorsPerChunk = 255;

    /// <summary>How many values one pass over a chunk counts (one load, four compares and four subtractions per vector).</summary>
    private const int ValuesPerPass = 4;

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
                for (var b = 0; b < buckets; b += ValuesPerPass)
                {
                    counted += CountValues(ref start, i, chunkEnd, width, (byte)(low + b), counts.Slice(b, Math.Min(ValuesPerPass, buckets - b)));
                }

                if (counted != chunkEnd - i)
                {
                    // Only an off-range byte can go uncounted; anything else would be a kernel bug, never hidden.
                    var bad = FirstOutside(data, i, low, high);
                    return bad >= 0 ? bad : throw new InvalidOperationException("Byte histogram lost counts in a chunk with no off-range byte.");
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

    /// <summary>Adds to <paramref name="counts"/>[k] the occurrences of the value <paramref name="first"/> + k
    /// (k &lt; counts.Length &lt;= 4) in whole vectors [from, to) (at most 255 of them); returns their sum. Four values
    /// share one load per vector; targets past counts.Length are compared but their counts dropped.</summary>
    private static long CountValues(ref byte start, int from, int to, int width, byte first, Span<long> counts)
    {
        var t0 = new Vector<byte>(first);
        var t1 = new Vector<byte>((byte)(first + 1));
        var t2 = new Vector<byte>((byte)(first + 2));
        var t3 = new Vector<byte>((byte)(first + 3));
        var acc0 = Vector<byte>.Zero;
        var acc1 = Vector<byte>.Zero;
        var acc2 = Vector<byte>.Zero;
        var acc3 = Vector<byte>.Zero;
        for (var j = from; j < to; j += width)
        {
            var v = Vector.LoadUnsafe(ref start, (nuint)j);
            acc0 -= Vector.Equals(v, t0);
            acc1 -= Vector.Equals(v, t1);
            acc2 -= Vector.Equals(v, t2);
            acc3 -= Vector.Equals(v, t3);
        }

        long total = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            var c = SumLanes(k switch { 0 => acc0, 1 => acc1, 2 => acc2, _ => acc3 });
            counts[k] += c;
            total += c;
        }

        return total;
    }

    /// <summary>The sum of the byte lanes (each at most 255 here), widened so it cannot wrap.</summary>
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
