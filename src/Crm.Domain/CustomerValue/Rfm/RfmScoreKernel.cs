using System.Numerics;
using System.Runtime.InteropServices;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>
/// The batch scoring kernel of <see cref="RfmScorer"/>: observations are split into their three measures a chunk at
/// a time (on the stack), each measure is compared with every cut point across a vector of customers (a true
/// comparison is −1 as an integer, so subtracting masks counts), and the three counts and the bin count are packed
/// into the score's four bytes (<c>recency | frequency &lt;&lt; 8 | monetary &lt;&lt; 16 | bins &lt;&lt; 24</c>, the
/// struct's little-endian layout). The same comparisons as <see cref="RfmScorer.Score"/>, so equal item by item.
/// </summary>
internal static class RfmScoreKernel
{
    private const int ChunkLength = 256;

    /// <summary>True where the vector path applies (little-endian, vector hardware).</summary>
    public static bool IsSupported => BitConverter.IsLittleEndian && Vector.IsHardwareAccelerated;

    /// <summary>Scores <paramref name="observations"/> into <paramref name="destination"/> (same length) through
    /// whole chunks of vectors; returns how many were scored (the caller scores the rest one by one).</summary>
    public static int Score(
        ReadOnlySpan<RfmObservation> observations, Span<RfmScore> destination, int bins,
        ReadOnlySpan<double> recency, ReadOnlySpan<double> frequency, ReadOnlySpan<double> monetary)
    {
        var step = 2 * Vector<double>.Count;
        var whole = observations.Length - (observations.Length % step);
        Span<double> r = stackalloc double[ChunkLength];
        Span<double> f = stackalloc double[ChunkLength];
        Span<double> m = stackalloc double[ChunkLength];
        var packed = MemoryMarshal.Cast<RfmScore, int>(destination);
        var top = new Vector<int>(bins << 24);
        for (var from = 0; from < whole; from += ChunkLength)
        {
            var length = Math.Min(ChunkLength, whole - from);
            var chunk = observations.Slice(from, length);
            for (var i = 0; i < chunk.Length; i++)
            {
                r[i] = chunk[i].Recency;
                f[i] = chunk[i].Frequency;
                m[i] = chunk[i].Monetary;
            }

            for (var i = 0; i < length; i += step)
            {
                var rs = Vector.Narrow(CountBelow(r, i, recency), CountBelow(r, i + Vector<double>.Count, recency));
                var fs = Vector.Narrow(CountAbove(f, i, frequency), CountAbove(f, i + Vector<double>.Count, frequency));
                var ms = Vector.Narrow(CountAbove(m, i, monetary), CountAbove(m, i + Vector<double>.Count, monetary));

                // Counts are negative (masks of −1): the score is 1 − count.
                var scores = (Vector<int>.One - rs) | ((Vector<int>.One - fs) << 8) | ((Vector<int>.One - ms) << 16) | top;
                scores.CopyTo(packed[(from + i)..]);
            }
        }

        return whole;
    }

    /// <summary>Minus the number of cut points each value is below (recency: lower is better).</summary>
    private static Vector<long> CountBelow(ReadOnlySpan<double> values, int at, ReadOnlySpan<double> thresholds)
    {
        var v = new Vector<double>(values[at..]);
        var count = Vector<long>.Zero;
        foreach (var t in thresholds)
        {
            count += Vector.LessThan(v, new Vector<double>(t));
        }

        return count;
    }

    /// <summary>Minus the number of cut points each value is above (frequency, monetary: higher is better).</summary>
    private static Vector<long> CountAbove(ReadOnlySpan<double> values, int at, ReadOnlySpan<double> thresholds)
    {
        var v = new Vector<double>(values[at..]);
        var count = Vector<long>.Zero;
        foreach (var t in thresholds)
        {
            count += Vector.GreaterThan(v, new Vector<double>(t));
        }

        return count;
    }
}
