using System.Buffers;
using System.Numerics;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>
/// The few order statistics the RFM cut points need, with heavy ties answered by counting instead of moving data: a
/// sorted sample proposes two values around each wanted rank, one vectorised counting pass says how many values lie
/// below and at each, and a rank that falls on one of them (all the zero-frequency customers: the usual case for
/// frequency and spend) is answered there. The ranks left go, together, to the histogram selection of
/// <see cref="OrderStatistics.SelectNonNegative"/>, which no longer has to gather the big tie. Exact for any data:
/// the sample only decides how much work is skipped, never a result.
/// </summary>
internal static class SampledSelection
{
    /// <summary>Below this many values the histogram selection of <see cref="OrderStatistics"/> is as quick.</summary>
    internal const int MinLength = 32_768;

    /// <summary>The sample (sorted): 8,192 values place a rank to about ±2 % of n at four standard deviations.</summary>
    internal const int DefaultSampleSize = 8_192;

    /// <summary>How wide a bracket is, in standard deviations of the sampled rank.</summary>
    private const double Margin = 4.0;

    /// <summary>
    /// Writes the values of 0-based ranks <paramref name="ranks"/> (ascending) of <paramref name="data"/> (finite,
    /// non-negative, −0 already made +0) into <paramref name="results"/>; <paramref name="data"/> is left unchanged.
    /// </summary>
    public static void Select(ReadOnlySpan<double> data, ReadOnlySpan<int> ranks, Span<double> results) =>
        Select(data, ranks, results, DefaultSampleSize);

    /// <summary><see cref="Select(ReadOnlySpan{double}, ReadOnlySpan{int}, Span{double})"/> with a chosen sample
    /// size (tests use small ones to reach every branch on small inputs).</summary>
    internal static void Select(ReadOnlySpan<double> data, ReadOnlySpan<int> ranks, Span<double> results, int sampleSize)
    {
        var n = data.Length;
        if (n < 2 * sampleSize || !Vector.IsHardwareAccelerated)
        {
            OrderStatistics.SelectNonNegative(data, ranks, results);
            return;
        }

        // 1. A strided sample, sorted; each rank's bracket [lo, hi] from the sample, Margin deviations either side.
        var sample = ArrayPool<double>.Shared.Rent(sampleSize);
        Span<double> lo = stackalloc double[ranks.Length];
        Span<double> hi = stackalloc double[ranks.Length];
        try
        {
            var s = sample.AsSpan(0, sampleSize);
            for (var i = 0; i < sampleSize; i++)
            {
                s[i] = data[(int)((long)i * n / sampleSize)];
            }

            s.Sort();
            for (var k = 0; k < ranks.Length; k++)
            {
                var p = (ranks[k] + 0.5) / n;
                var spread = (Margin * Math.Sqrt(p * (1 - p) * sampleSize)) + 1;
                lo[k] = s[Math.Clamp((int)Math.Floor((p * sampleSize) - spread), 0, sampleSize - 1)];
                hi[k] = s[Math.Clamp((int)Math.Ceiling((p * sampleSize) + spread), 0, sampleSize - 1)];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sample);
        }

        // 2. The distinct bracket values, and for each how many values lie strictly below it and at most at it.
        Span<double> thresholds = stackalloc double[2 * ranks.Length];
        lo.CopyTo(thresholds);
        hi.CopyTo(thresholds[ranks.Length..]);
        thresholds.Sort();
        var distinct = 1;
        for (var i = 1; i < thresholds.Length; i++)
        {
            if (thresholds[i] != thresholds[distinct - 1])
            {
                thresholds[distinct++] = thresholds[i];
            }
        }

        thresholds = thresholds[..distinct];
        Span<long> below = stackalloc long[distinct];
        Span<long> atMost = stackalloc long[distinct];
        ThresholdCounting.Count(data, thresholds, below, atMost);

        // 3. A rank on a bracket value (heavy ties make this the usual case for frequency and spend) is answered;
        // the others go, together, to the histogram selection.
        Span<int> open = stackalloc int[ranks.Length];
        Span<int> openRanks = stackalloc int[ranks.Length];
        var openCount = 0;
        for (var k = 0; k < ranks.Length; k++)
        {
            long rank = ranks[k];
            int l = thresholds.IndexOf(lo[k]), h = thresholds.IndexOf(hi[k]);
            if (rank >= below[l] && rank < atMost[l])
            {
                results[k] = lo[k];
            }
            else if (rank >= below[h] && rank < atMost[h])
            {
                results[k] = hi[k];
            }
            else
            {
                open[openCount] = k;
                openRanks[openCount++] = ranks[k];
            }
        }

        if (openCount > 0)
        {
            Span<double> openResults = stackalloc double[openCount];
            OrderStatistics.SelectNonNegative(data, openRanks[..openCount], openResults);
            for (var j = 0; j < openCount; j++)
            {
                results[open[j]] = openResults[j];
            }
        }
    }
}
