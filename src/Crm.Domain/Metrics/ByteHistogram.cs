using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
/// <para>Every lane: the width is chosen once, by the JIT (<c>IsHardwareAccelerated</c> is a constant to it):
/// <see cref="ByteLanes512"/> (64 bytes per vector) where the hardware has it, else <see cref="ByteLanes256"/>, else
/// <see cref="ByteLanes128"/> (Arm64), else scalar. One generic body serves both widths; counts are exact integers, so every width gives the same counts.</para>
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
        if (ByteLanes512.IsSupported)
        {
            return Count<ByteLanes512, Vector512<byte>>(data, low, high, counts);
        }

        if (ByteLanes256.IsSupported)
        {
            return Count<ByteLanes256, Vector256<byte>>(data, low, high, counts);
        }

        return ByteLanes128.IsSupported
            ? Count<ByteLanes128, Vector128<byte>>(data, low, high, counts)
            : CountScalar(data, 0, low, high, counts[..(high - low + 1)]);
    }

    /// <summary><see cref="Count(ReadOnlySpan{byte}, byte, byte, Span{long})"/> at one chosen width (the caller
    /// checks <c>TLanes.IsSupported</c>; tests and benchmarks compare widths through it).</summary>
    internal static int Count<TLanes, TVector>(ReadOnlySpan<byte> data, byte low, byte high, Span<long> counts)
        where TLanes : IByteLanes<TVector>
        where TVector : struct
    {
        var buckets = high - low + 1;
        counts = counts[..buckets];
        var width = TLanes.Width;
        var i = 0;
        ref var start = ref MemoryMarshal.GetReference(data);
        var vectorEnd = data.Length - (data.Length % width);
        while (i < vectorEnd)
        {
            var chunkEnd = Math.Min(vectorEnd, i + (VectorsPerChunk * width));
            long counted = 0;
            for (var b = 0; b < buckets; b += ValuesPerPass)
            {
                counted += CountValues<TLanes, TVector>(ref start, i, chunkEnd, (byte)(low + b), counts.Slice(b, Math.Min(ValuesPerPass, buckets - b)));
            }

            if (counted != chunkEnd - i)
            {
                // Only an off-range byte can go uncounted; anything else would be a kernel bug, never hidden.
                var bad = FirstOutside(data, i, low, high);
                return bad >= 0 ? bad : throw new InvalidOperationException("Byte histogram lost counts in a chunk with no off-range byte.");
            }

            i = chunkEnd;
        }

        return CountScalar(data, i, low, high, counts);
    }

    private static int CountScalar(ReadOnlySpan<byte> data, int from, byte low, byte high, Span<long> counts)
    {
        var buckets = high - low + 1;
        for (var i = from; i < data.Length; i++)
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
    private static long CountValues<TLanes, TVector>(ref byte start, int from, int to, byte first, Span<long> counts)
        where TLanes : IByteLanes<TVector>
        where TVector : struct
    {
        var t0 = TLanes.Broadcast(first);
        var t1 = TLanes.Broadcast((byte)(first + 1));
        var t2 = TLanes.Broadcast((byte)(first + 2));
        var t3 = TLanes.Broadcast((byte)(first + 3));
        TVector acc0 = default, acc1 = default, acc2 = default, acc3 = default;
        for (var j = from; j < to; j += TLanes.Width)
        {
            var v = TLanes.Load(ref start, (nuint)j);
            acc0 = TLanes.AddIfEqual(acc0, v, t0);
            acc1 = TLanes.AddIfEqual(acc1, v, t1);
            acc2 = TLanes.AddIfEqual(acc2, v, t2);
            acc3 = TLanes.AddIfEqual(acc3, v, t3);
        }

        long total = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            var c = TLanes.SumLanes(k switch { 0 => acc0, 1 => acc1, 2 => acc2, _ => acc3 });
            counts[k] += c;
            total += c;
        }

        return total;
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
