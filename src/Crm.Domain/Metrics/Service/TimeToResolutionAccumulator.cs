using System.Buffers;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>
/// Time to resolution of closed cases: count, mean, median, 90th percentile, minimum and maximum as
/// <see cref="Duration"/>s (<see cref="DurationStats"/>), mergeable across partitions.
/// </summary>
/// <remarks>
/// <para><b>Definition</b> (Gartner CRM competency model, metrics block: "average time to resolution"): for each closed
/// case, <c>Resolved − Opened</c>. <b>Unit</b>: NodaTime <see cref="Duration"/> (nanosecond resolution). Mean = sum /
/// count, exact (sums are kept as 128-bit nanoseconds), rounded down to the nanosecond; min and max are exact.</para>
/// <para><b>Quantiles</b> come from a DDSketch-style logarithmic bucket sketch (Masson, Rim &amp; Lee, VLDB 2019) with
/// relative accuracy <see cref="RelativeAccuracy"/> = 1 %: the reported median (p90) is within 1 % (plus at most
/// 1 ns of rounding) of the exact order statistic of rank <c>⌊q (n − 1)⌋</c>, for any data and any merge order,
/// because bucket counts merge exactly. Estimates are also clamped to [min, max].</para>
/// <para><b>Cost</b>: the sketch stores one 64-bit count per occupied bucket between the shortest and the longest
/// duration (one minute to one month: about 540 buckets, 4.3 kB). The accumulator is an immutable value holding that
/// array, which is never mutated: <see cref="Add"/> therefore copies it (O(buckets) per call — fine for a few
/// thousand cases, wasteful for millions); <see cref="AddRange(ReadOnlySpan{ClosedCase})"/> counts into a pooled
/// scratch array and allocates one new array per batch, so use batches for volume. <see cref="Combine"/> allocates
/// one array. Equality compares every statistic and every bucket. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<TimeToResolutionAccumulator, TimeToResolutionAccumulatorState>))]
public readonly record struct TimeToResolutionAccumulator
    : IAccumulator<TimeToResolutionAccumulator, ClosedCase, DurationStats>,
      IAccumulatorState<TimeToResolutionAccumulator, TimeToResolutionAccumulatorState>
{
    /// <summary>The relative accuracy of the median and p90 (0.01 = 1 %).</summary>
    public const double RelativeAccuracy = DurationSketch.Alpha;

    private const int Chunk = 512;

    private readonly DurationSketch _sketch;
    private readonly Int128 _sumNanoseconds;
    private readonly long _minNanoseconds;
    private readonly long _maxNanoseconds;

    private TimeToResolutionAccumulator(long count, Int128 sum, long min, long max, DurationSketch sketch)
    {
        Count = count;
        _sumNanoseconds = sum;
        _minNanoseconds = min;
        _maxNanoseconds = max;
        _sketch = sketch;
    }

    /// <summary>The accumulator of no cases; the identity of <see cref="Combine"/>. Same as <c>default</c>.</summary>
    public static TimeToResolutionAccumulator Empty => default;

    /// <summary>The number of closed cases accumulated.</summary>
    public long Count { get; }

    /// <summary>The statistics; <see cref="DurationStats.HasData"/> is false when there are no cases.</summary>
    public DurationStats Result => Count == 0
        ? new DurationStats(0, null, null, null, null, null, RelativeAccuracy)
        : new DurationStats(
            Count,
            Duration.FromNanoseconds((long)(_sumNanoseconds / Count)),
            Quantile(0.5),
            Quantile(0.9),
            Duration.FromNanoseconds(_minNanoseconds),
            Duration.FromNanoseconds(_maxNanoseconds),
            RelativeAccuracy);

    /// <summary>The estimated <paramref name="q"/>-quantile (order statistic of rank <c>⌊q (n − 1)⌋</c>, within
    /// <see cref="RelativeAccuracy"/>); null when there are no cases.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="q"/> is outside [0, 1].</exception>
    public Duration? Quantile(double q)
    {
        Guard.Against.OutsideRange(q, 0d, 1d);
        if (Count == 0)
        {
            return null;
        }

        var estimate = (long)Math.Round(_sketch.Quantile(q, Count), MidpointRounding.AwayFromZero);
        return Duration.FromNanoseconds(Math.Clamp(estimate, _minNanoseconds, _maxNanoseconds));
    }

    /// <summary>The exact statistics and the sketch's buckets, to persist or ship (see
    /// <see cref="TimeToResolutionAccumulatorState"/>). Shares the bucket array, which is never changed.</summary>
    public TimeToResolutionAccumulatorState ToState() => new(
        Count, _sumNanoseconds, _minNanoseconds, _maxNanoseconds, _sketch.ZeroCount, _sketch.Offset, _sketch.BucketArray);

    /// <summary>Rebuilds an accumulator from its state, checking that the exact statistics and the sketch agree: bucket
    /// counts add up to the count, min and max sit in the lowest and highest occupied buckets (or are zero when zeros
    /// were counted / only zeros were), and the sum lies in [count × min, count × max].</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state is inconsistent, or its counts add up past <see cref="long.MaxValue"/>.</exception>
    public static TimeToResolutionAccumulator FromState(TimeToResolutionAccumulatorState state)
    {
        Guard.Against.Null(state);
        var (count, sum, min, max) = (state.Count, state.SumNanoseconds, state.MinNanoseconds, state.MaxNanoseconds);
        Guard.Against.NegativeValue(state.Count);
        var buckets = Guard.Against.DefaultArray(state.Buckets);
        var sketch = DurationSketch.FromState(state.ZeroCount, state.Offset, buckets, out var total);
        if (total != count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The sketch holds {total} cases (state.ZeroCount plus state.Buckets) but state.Count is {count}."), nameof(state));
        }

        if (count == 0)
        {
            return sum == 0 && min == 0 && max == 0
                ? Empty
                : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A state of no cases must have zero sum, min and max; they were {sum}, {min} and {max} ns."), nameof(state));
        }

        Guard.Against.OutsideRange(state.MaxNanoseconds, 0L, ClosedCase.MaxTimeToResolution.ToInt64Nanoseconds());
        Guard.Against.OutsideRange(state.MinNanoseconds, 0L, max);
        var minOk = state.ZeroCount > 0 ? min == 0 : min > 0 && DurationSketch.IndexOf(min) == state.Offset;
        var maxOk = buckets.Length == 0 ? max == 0 : max > 0 && DurationSketch.IndexOf(max) == state.Offset + buckets.Length - 1;
        if (!minOk || !maxOk)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"state.MinNanoseconds ({min}) and state.MaxNanoseconds ({max}) must fall in the sketch's lowest and highest occupied buckets (0 when zeros were counted / only zeros were)."), nameof(state));
        }

        if (sum < (Int128)count * min || sum > (Int128)count * max)
        {
            throw new ArgumentOutOfRangeException(nameof(state), sum, string.Create(CultureInfo.InvariantCulture, $"state.SumNanoseconds ({sum}) must lie in [count × min, count × max] = [{(Int128)count * min}, {(Int128)count * max}]."));
        }

        return new TimeToResolutionAccumulator(count, sum, min, max, sketch);
    }

    /// <summary>Adds one closed case (copies the sketch's array: prefer <see cref="AddRange(ReadOnlySpan{ClosedCase})"/>
    /// for volume).</summary>
    public TimeToResolutionAccumulator Add(ClosedCase observation) => AddRange(new ReadOnlySpan<ClosedCase>(in observation));

    /// <summary>Adds a batch of closed cases; equal to adding them one by one. Allocates one bucket array.</summary>
    public TimeToResolutionAccumulator AddRange(ReadOnlySpan<ClosedCase> observations)
    {
        if (observations.IsEmpty)
        {
            return this;
        }

        var scratch = ArrayPool<long>.Shared.Rent(DurationSketch.MaxIndex + 1);
        try
        {
            var counts = scratch.AsSpan(0, DurationSketch.MaxIndex + 1);
            counts.Clear();
            Span<long> nanos = stackalloc long[Chunk];
            Int128 sum = _sumNanoseconds;
            long min = Count == 0 ? long.MaxValue : _minNanoseconds;
            long max = Count == 0 ? long.MinValue : _maxNanoseconds;
            long zeros = 0;
            for (var start = 0; start < observations.Length; start += Chunk)
            {
                var part = observations.Slice(start, Math.Min(Chunk, observations.Length - start));
                for (var k = 0; k < part.Length; k++)
                {
                    var ns = part[k].TimeToResolution.ToInt64Nanoseconds();
                    nanos[k] = ns;
                    sum += ns; // 128-bit: 512 durations of up to a century overflow a long
                    min = Math.Min(min, ns);
                    max = Math.Max(max, ns);
                }

                zeros += DurationSketch.CountInto(counts, nanos[..part.Length]);
            }

            return new TimeToResolutionAccumulator(CountGuards.TotalPlus(Count, observations.Length, nameof(observations)), sum, min, max, _sketch.Plus(counts, zeros));
        }
        finally
        {
            ArrayPool<long>.Shared.Return(scratch);
        }
    }

    /// <summary>Adds a sequence of closed cases through the span path.</summary>
    public TimeToResolutionAccumulator AddRange(IEnumerable<ClosedCase> observations) =>
        SpanForwarding.Aggregate(this, observations, static (a, s) => a.AddRange(s));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{ClosedCase})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public TimeToResolutionAccumulator AddRange(ClosedCase[] observations) =>
        AddRange(new ReadOnlySpan<ClosedCase>(Guard.Against.Null(observations)));

    /// <summary>Merges two accumulators exactly (sums, extremes and bucket counts add up).</summary>
    public static TimeToResolutionAccumulator Combine(TimeToResolutionAccumulator left, TimeToResolutionAccumulator right)
    {
        if (right.Count == 0)
        {
            return left;
        }

        if (left.Count == 0)
        {
            return right;
        }

        return new TimeToResolutionAccumulator(
            CountGuards.TotalPlus(left.Count, right.Count, nameof(right)),
            left._sumNanoseconds + right._sumNanoseconds,
            Math.Min(left._minNanoseconds, right._minNanoseconds),
            Math.Max(left._maxNanoseconds, right._maxNanoseconds),
            DurationSketch.Combine(left._sketch, right._sketch));
    }

    /// <summary>The text of <see cref="Result"/>.</summary>
    public override string ToString() => Result.ToString();

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static TimeToResolutionAccumulator operator +(TimeToResolutionAccumulator left, TimeToResolutionAccumulator right) => Combine(left, right);
}
