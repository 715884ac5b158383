using System.Buffers;
using System.Numerics;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>
/// The cut points of all three measures from one pass over the observations: a strided sample proposes a bracket
/// [lo, hi] around each wanted rank; one pass (in <see cref="FixedBlocks"/>, each L1-sized chunk split into its three
/// measures on the stack) counts how many values lie below and at most at every bracket end and copies the few
/// values strictly inside a bracket aside. A rank on a bracket end (heavy ties: the zero-frequency customers) is
/// answered by the counts; a rank inside its bracket by a quickselect over the copied values; a rank the sample
/// bracketed wrongly (rare; a biased sample) by the histogram selection of <see cref="OrderStatistics"/> on that
/// measure alone. Exact for any data: the sample decides how much work is skipped, never a result, so the cut
/// points are the same whatever the degree of parallelism.
/// </summary>
/// <remarks>One instance per fit; it rents its buffers from the shared pool and returns them on
/// <see cref="Dispose"/>. <see cref="CountBlock"/> may run concurrently for different blocks (each block writes
/// only its own slots and its own range of the copy buffers).</remarks>
internal sealed class FusedCutPoints : IDisposable
{
    /// <summary>The measures, in the order of <see cref="RfmObservation"/>'s fields.</summary>
    internal const int Recency = 0, Frequency = 1, Monetary = 2, Measures = 3;

    private const int ChunkLength = 512;

    /// <summary>How wide a bracket is, in standard deviations of the sampled rank.</summary>
    private const double Margin = 4.0;

    private readonly int _n;
    private readonly int _slotWidth;
    private readonly int[][] _ranks;
    private readonly double[][] _lo;
    private readonly double[][] _hi;
    private readonly double[][] _thresholds;
    private readonly double[][] _insideLo;
    private readonly double[][] _insideHi;
    private readonly double[]?[] _inside;
    private readonly long[] _below;
    private readonly long[] _atMost;
    private readonly int[] _copied;

    /// <summary>Samples the population and prepares one pass; <paramref name="ranks"/> holds each measure's 0-based
    /// ascending ranks.</summary>
    public FusedCutPoints(ReadOnlySpan<RfmObservation> population, int[][] ranks, int sampleSize)
    {
        _n = population.Length;
        _ranks = ranks;
        _lo = new double[Measures][];
        _hi = new double[Measures][];
        _thresholds = new double[Measures][];
        _insideLo = new double[Measures][];
        _insideHi = new double[Measures][];
        _inside = new double[Measures][];
        var sample = ArrayPool<double>.Shared.Rent(sampleSize);
        try
        {
            for (var m = 0; m < Measures; m++)
            {
                Bracket(population, m, sample.AsSpan(0, sampleSize));
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sample);
        }

        _slotWidth = 2 * ranks[0].Length;
        Blocks = FixedBlocks.Count(_n);
        _below = new long[Blocks * Measures * _slotWidth];
        _atMost = new long[Blocks * Measures * _slotWidth];
        _copied = new int[Blocks * Measures];
    }

    /// <summary>The number of blocks of <see cref="CountBlock"/>.</summary>
    public int Blocks { get; }

    /// <summary>True where the fused pass applies: vector hardware and at least twice the sample.</summary>
    public static bool Applies(int length, int sampleSize) => Vector.IsHardwareAccelerated && length >= 2 * sampleSize;

    /// <summary>Counts and copies aside one block of <paramref name="population"/> (the span given to the
    /// constructor) into the block's own slots.</summary>
    public void CountBlock(ReadOnlySpan<RfmObservation> population, int block)
    {
        var (start, end) = FixedBlocks.Range(block, _n);
        Span<double> columns = stackalloc double[Measures * ChunkLength];
        Span<int> copied = _copied.AsSpan(block * Measures, Measures);
        for (var from = start; from < end; from += ChunkLength)
        {
            var length = Math.Min(ChunkLength, end - from);
            var chunk = population.Slice(from, length);
            for (var i = 0; i < chunk.Length; i++)
            {
                columns[i] = chunk[i].Recency;
                columns[ChunkLength + i] = chunk[i].Frequency;
                columns[(2 * ChunkLength) + i] = chunk[i].Monetary;
            }

            for (var m = 0; m < Measures; m++)
            {
                var values = columns.Slice(m * ChunkLength, length);
                var slot = ((block * Measures) + m) * _slotWidth;
                var count = _thresholds[m].Length;
                ThresholdCounting.Accumulate(values, _thresholds[m], _below.AsSpan(slot, count), _atMost.AsSpan(slot, count));
                if (_inside[m] is { } buffer)
                {
                    copied[m] = CopyInside(values, _insideLo[m], _insideHi[m], buffer, start + copied[m]) - start;
                }
            }
        }
    }

    /// <summary>After every block: writes each measure's cut points (ascending, in rank order) into
    /// <paramref name="results"/>[measure].</summary>
    public void Finish(ReadOnlySpan<RfmObservation> population, double[][] results)
    {
        for (var m = 0; m < Measures; m++)
        {
            Resolve(population, m, results[m]);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        for (var m = 0; m < Measures; m++)
        {
            if (_inside[m] is { } buffer)
            {
                ArrayPool<double>.Shared.Return(buffer);
                _inside[m] = null;
            }
        }
    }

    private void Bracket(ReadOnlySpan<RfmObservation> population, int m, Span<double> sample)
    {
        var s = sample.Length;
        for (var i = 0; i < s; i++)
        {
            sample[i] = Measure(population[(int)((long)i * _n / s)], m) + 0d;
        }

        sample.Sort();
        var ranks = _ranks[m];
        var lo = new double[ranks.Length];
        var hi = new double[ranks.Length];
        for (var k = 0; k < ranks.Length; k++)
        {
            var p = (ranks[k] + 0.5) / _n;
            var spread = (Margin * Math.Sqrt(p * (1 - p) * s)) + 1;
            lo[k] = sample[Math.Clamp((int)Math.Floor((p * s) - spread), 0, s - 1)];
            hi[k] = sample[Math.Clamp((int)Math.Ceiling((p * s) + spread), 0, s - 1)];
        }

        // The distinct bracket ends (counted), and the open intervals (lo, hi) merged where they overlap (copied).
        var ends = lo.Concat(hi).Order().Distinct().ToArray();
        var insideLo = new List<double>();
        var insideHi = new List<double>();
        for (var k = 0; k < ranks.Length; k++)
        {
            if (lo[k] >= hi[k])
            {
                continue;
            }

            if (insideHi.Count > 0 && lo[k] < insideHi[^1])
            {
                insideHi[^1] = Math.Max(insideHi[^1], hi[k]);
            }
            else
            {
                insideLo.Add(lo[k]);
                insideHi.Add(hi[k]);
            }
        }

        _lo[m] = lo;
        _hi[m] = hi;
        _thresholds[m] = ends;
        _insideLo[m] = [.. insideLo];
        _insideHi[m] = [.. insideHi];
        _inside[m] = insideLo.Count > 0 ? ArrayPool<double>.Shared.Rent(_n) : null;
    }

    /// <summary>Appends the values strictly inside one of the intervals to <paramref name="destination"/> at
    /// <paramref name="at"/>; returns the new end. A value is written at most at its own index in the block, so a
    /// block never writes past its own range.</summary>
    private static int CopyInside(ReadOnlySpan<double> values, ReadOnlySpan<double> lo, ReadOnlySpan<double> hi, double[] destination, int at)
    {
        var width = Vector<double>.Count;
        var i = 0;
        for (; i <= values.Length - width; i += width)
        {
            var v = new Vector<double>(values[i..]);
            var inside = Vector<long>.Zero;
            for (var q = 0; q < lo.Length; q++)
            {
                inside |= Vector.GreaterThan(v, new Vector<double>(lo[q])) & Vector.LessThan(v, new Vector<double>(hi[q]));
            }

            if (inside == Vector<long>.Zero)
            {
                continue;
            }

            // Branch-free per lane: always write, advance only where inside (a true mask is −1).
            for (var lane = 0; lane < width; lane++)
            {
                destination[at] = v[lane];
                at -= (int)inside[lane];
            }
        }

        for (; i < values.Length; i++)
        {
            var v = values[i];
            destination[at] = v;
            at += IsInside(v, lo, hi) ? 1 : 0;
        }

        return at;
    }

    private static bool IsInside(double v, ReadOnlySpan<double> lo, ReadOnlySpan<double> hi)
    {
        for (var q = 0; q < lo.Length; q++)
        {
            if (v > lo[q] && v < hi[q])
            {
                return true;
            }
        }

        return false;
    }

    private void Resolve(ReadOnlySpan<RfmObservation> population, int m, double[] results)
    {
        var ends = _thresholds[m];
        Span<long> below = stackalloc long[ends.Length];
        Span<long> atMost = stackalloc long[ends.Length];
        below.Clear();
        atMost.Clear();
        for (var b = 0; b < Blocks; b++)
        {
            var slot = ((b * Measures) + m) * _slotWidth;
            for (var j = 0; j < ends.Length; j++)
            {
                below[j] += _below[slot + j];
                atMost[j] += _atMost[slot + j];
            }
        }

        var inside = Compact(m);
        var ranks = _ranks[m];
        Span<int> open = stackalloc int[ranks.Length];
        Span<int> missed = stackalloc int[ranks.Length];
        int openCount = 0, missedCount = 0;
        for (var k = 0; k < ranks.Length; k++)
        {
            long rank = ranks[k];
            int l = Array.IndexOf(ends, _lo[m][k]), h = Array.IndexOf(ends, _hi[m][k]);
            if (rank >= below[l] && rank < atMost[l])
            {
                results[k] = _lo[m][k];
            }
            else if (rank >= below[h] && rank < atMost[h])
            {
                results[k] = _hi[m][k];
            }
            else if (rank >= atMost[l] && rank < below[h])
            {
                open[openCount++] = k;
            }
            else
            {
                missed[missedCount++] = k;
            }
        }

        if (openCount > 0)
        {
            SelectInside(inside, m, atMost, open[..openCount], results);
        }

        if (missedCount > 0)
        {
            SelectMissed(population, m, missed[..missedCount], results);
        }
    }

    /// <summary>Moves every block's copied values of measure <paramref name="m"/> to the front of its buffer.</summary>
    private Span<double> Compact(int m)
    {
        if (_inside[m] is not { } buffer)
        {
            return [];
        }

        var end = 0;
        for (var b = 0; b < Blocks; b++)
        {
            var count = _copied[(b * Measures) + m];
            buffer.AsSpan(b * FixedBlocks.DefaultSize, count).CopyTo(buffer.AsSpan(end));
            end += count;
        }

        return buffer.AsSpan(0, end);
    }

    /// <summary>Ranks strictly inside their bracket: every population value in (lo, hi) is in the copy, so the
    /// rank's place in the copy is its rank minus the population values at most lo, plus the copied values at most
    /// lo (those of an earlier, overlapping interval).</summary>
    private void SelectInside(Span<double> inside, int m, ReadOnlySpan<long> atMost, ReadOnlySpan<int> open, double[] results)
    {
        Span<double> lows = stackalloc double[open.Length];
        for (var j = 0; j < open.Length; j++)
        {
            lows[j] = _lo[m][open[j]];
        }

        Span<long> copiedBelow = stackalloc long[open.Length];
        Span<long> copiedAtMost = stackalloc long[open.Length];
        ThresholdCounting.Count(inside, lows, copiedBelow, copiedAtMost);
        Span<int> local = stackalloc int[open.Length];
        for (var j = 0; j < open.Length; j++)
        {
            var l = Array.IndexOf(_thresholds[m], lows[j]);
            local[j] = (int)(_ranks[m][open[j]] - atMost[l] + copiedAtMost[j]);
        }

        // Every copied value lies strictly inside one of the measure's merged intervals, which ascend.
        Span<double> values = stackalloc double[open.Length];
        OrderStatistics.SelectInRange(inside, local, values, _insideLo[m][0], _insideHi[m][^1]);
        for (var j = 0; j < open.Length; j++)
        {
            results[open[j]] = values[j];
        }
    }

    /// <summary>Ranks outside their bracket (the sample was unrepresentative): the histogram selection over the
    /// measure alone.</summary>
    private void SelectMissed(ReadOnlySpan<RfmObservation> population, int m, ReadOnlySpan<int> missed, double[] results)
    {
        var copy = ArrayPool<double>.Shared.Rent(_n);
        try
        {
            var data = copy.AsSpan(0, _n);
            for (var i = 0; i < _n; i++)
            {
                data[i] = Measure(population[i], m) + 0d;
            }

            Span<int> ranks = stackalloc int[missed.Length];
            for (var j = 0; j < missed.Length; j++)
            {
                ranks[j] = _ranks[m][missed[j]];
            }

            Span<double> values = stackalloc double[missed.Length];
            OrderStatistics.SelectNonNegative(data, ranks, values);
            for (var j = 0; j < missed.Length; j++)
            {
                results[missed[j]] = values[j];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(copy);
        }
    }

    private static double Measure(RfmObservation observation, int m) => m switch
    {
        Recency => observation.Recency,
        Frequency => observation.Frequency,
        _ => observation.Monetary,
    };
}
