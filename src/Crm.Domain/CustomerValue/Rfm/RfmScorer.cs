using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>
/// Quantile-based RFM scoring: fitted once on a population, then scores any customer (of the population or new)
/// by comparing with the population's cut points.
/// </summary>
/// <remarks>
/// <para><b>The rule.</b> With <c>n</c> customers in the population and <c>b</c> bins, a higher-is-better measure
/// <c>v</c> (frequency, monetary) scores <c>min(b, 1 + floor(b × L(v) / n))</c>, where <c>L(v)</c> is the number of
/// population values strictly below <c>v</c>; recency (lower is better) scores
/// <c>min(b, 1 + floor(b × G(v) / n))</c>, where <c>G(v)</c> counts population values strictly above <c>v</c>. So
/// scores run from 1 to <c>b</c> (the <c>min</c> only matters for a new customer beyond every population value);
/// with distinct values each bin holds n / b customers (exact quintiles by default).</para>
/// <para><b>Ties</b> follow the minimum-rank rule: equal values always get equal scores, placed in the bin of the
/// lowest rank they share (pandas' <c>rank(method="min")</c>). With heavy ties (most customers with frequency 0)
/// bins are therefore uneven and some scores may not occur: all zero-frequency customers score F = 1, and the next
/// frequency jumps to the bin its rank reaches.</para>
/// <para>The rule is held as <c>b − 1</c> thresholds per measure (order statistics of the population), so scoring is
/// a few comparisons, a batch equals item-by-item scoring, and scores are monotone: a higher frequency or spend, or
/// a lower recency, never gets a lower score. Fitting finds those order statistics without sorting: one histogram
/// pass over the values' top bits, one pass gathering the few buckets that hold a wanted rank, and a quickselect
/// inside them (linear time; pooled buffers only).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RfmScorer
{
    private readonly double[] _recency;
    private readonly double[] _frequency;
    private readonly double[] _monetary;

    private RfmScorer(int bins, int populationSize, double[] recency, double[] frequency, double[] monetary)
    {
        Bins = bins;
        PopulationSize = populationSize;
        _recency = recency;
        _frequency = frequency;
        _monetary = monetary;
    }

    /// <summary>The number of bins of each score (2..10).</summary>
    public int Bins { get; }

    /// <summary>The number of customers the scorer was fitted on.</summary>
    public int PopulationSize { get; }

    /// <summary>Recency cut points, descending: the recency score is above k exactly when recency is strictly below
    /// the k-th value (k = 1..Bins − 1).</summary>
    public ImmutableArray<double> RecencyThresholds => [.. _recency];

    /// <summary>Frequency cut points, ascending: the frequency score is above k exactly when frequency is strictly
    /// above the k-th value.</summary>
    public ImmutableArray<double> FrequencyThresholds => [.. _frequency];

    /// <summary>Monetary cut points, ascending: the monetary score is above k exactly when monetary is strictly above
    /// the k-th value.</summary>
    public ImmutableArray<double> MonetaryThresholds => [.. _monetary];

    /// <summary>Fits the quantile cut points on a population.</summary>
    /// <param name="population">The customers (at least one).</param>
    /// <param name="bins">Bins per score, 2..10 (5 = quintiles).</param>
    /// <exception cref="ArgumentException"><paramref name="population"/> is empty, or <paramref name="bins"/> is
    /// outside 2..10.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "Shipped in 0.1.0 with the optional bin count; the parallel overload beside it takes a memory and no optional parameter.")]
    public static RfmScorer Fit(ReadOnlySpan<RfmObservation> population, int bins = 5) =>
        FitFused(population, default, bins, SampledSelection.DefaultSampleSize, 1);

    /// <summary>Fits the quantile cut points on a population, counting on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads (fixed blocks of customers): the cut points are exact order
    /// statistics, so they equal <see cref="Fit(ReadOnlySpan{RfmObservation}, int)"/>'s bit for bit whatever the
    /// degree. Use 1 (no extra threads) inside a host's own parallel loop.</summary>
    /// <param name="population">The customers (at least one).</param>
    /// <param name="bins">Bins per score, 2..10 (5 = quintiles).</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use, at least 1.</param>
    /// <exception cref="ArgumentException"><paramref name="population"/> is empty, <paramref name="bins"/> is
    /// outside 2..10, or <paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public static RfmScorer Fit(ReadOnlyMemory<RfmObservation> population, int bins, int maxDegreeOfParallelism)
    {
        Guard.Against.NotStrictlyPositive(maxDegreeOfParallelism);
        return FitFused(population.Span, population, bins, SampledSelection.DefaultSampleSize, maxDegreeOfParallelism);
    }

    /// <summary>The fit of the previous release (histogram selection on every measure): kept as the benchmarks'
    /// baseline; equal to <see cref="Fit(ReadOnlySpan{RfmObservation}, int)"/>.</summary>
    internal static RfmScorer FitByHistogramSelection(ReadOnlySpan<RfmObservation> population, int bins = 5) =>
        FitWith(population, bins, OrderStatistics.SelectNonNegative);

    /// <summary>The fit of the first round of issue 18 (a sample and a counting pass per measure): kept as a
    /// benchmark row; equal to <see cref="Fit(ReadOnlySpan{RfmObservation}, int)"/>.</summary>
    internal static RfmScorer FitBySampledSelection(ReadOnlySpan<RfmObservation> population, int bins = 5) =>
        FitWith(population, bins, SampledSelection.Select);

    /// <summary>The fit through <see cref="FusedCutPoints"/> (one pass for the three measures) where it applies,
    /// otherwise per measure; <paramref name="shared"/> is <paramref name="population"/> as memory, read only when
    /// <paramref name="degree"/> is above 1. Tests choose small samples to reach every branch.</summary>
    internal static RfmScorer FitFused(
        ReadOnlySpan<RfmObservation> population, ReadOnlyMemory<RfmObservation> shared, int bins, int sampleSize, int degree)
    {
        Guard.Against.OutsideRange(bins, RfmScore.MinBins, RfmScore.MaxBins);
        var n = population.Length;
        if (!FusedCutPoints.Applies(n, sampleSize))
        {
            return FitWith(population, bins, SampledSelection.Select);
        }

        var ranks = new int[FusedCutPoints.Measures][];
        ranks[FusedCutPoints.Frequency] = HigherIsBetterRanks(n, bins);
        ranks[FusedCutPoints.Monetary] = ranks[FusedCutPoints.Frequency];
        ranks[FusedCutPoints.Recency] = LowerIsBetterRanks(n, bins);
        using var pass = new FusedCutPoints(population, ranks, sampleSize);
        if (degree > 1)
        {
            FixedBlocks.For(pass.Blocks, degree, b => pass.CountBlock(shared.Span, b));
        }
        else
        {
            for (var b = 0; b < pass.Blocks; b++)
            {
                pass.CountBlock(population, b);
            }
        }

        var results = new double[FusedCutPoints.Measures][];
        for (var m = 0; m < FusedCutPoints.Measures; m++)
        {
            results[m] = new double[bins - 1];
        }

        pass.Finish(population, results);
        Array.Reverse(results[FusedCutPoints.Recency]);
        return new RfmScorer(bins, n, results[FusedCutPoints.Recency], results[FusedCutPoints.Frequency], results[FusedCutPoints.Monetary]);
    }

    /// <summary>Higher is better: threshold k is the value of 0-based rank ceil(k n / b) − 1.</summary>
    private static int[] HigherIsBetterRanks(int n, int bins)
    {
        var ranks = new int[bins - 1];
        for (var k = 1; k < bins; k++)
        {
            ranks[k - 1] = CeilDiv((long)k * n, bins) - 1;
        }

        return ranks;
    }

    /// <summary>Lower is better: threshold k is the value of 0-based rank n − ceil(k n / b), ascending here (the
    /// scorer holds them descending in k).</summary>
    private static int[] LowerIsBetterRanks(int n, int bins)
    {
        var ranks = new int[bins - 1];
        for (var k = 1; k < bins; k++)
        {
            ranks[bins - 1 - k] = n - CeilDiv((long)k * n, bins);
        }

        return ranks;
    }

    private static RfmScorer FitWith(ReadOnlySpan<RfmObservation> population, int bins, Selector select)
    {
        Guard.Against.OutsideRange(bins, RfmScore.MinBins, RfmScore.MaxBins);
        if (population.IsEmpty)
        {
            throw new ArgumentException("population must contain at least one observation; it was empty.", nameof(population));
        }

        var n = population.Length;
        var buffer = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var data = buffer.AsSpan(0, n);
            var ranks = HigherIsBetterRanks(n, bins);

            // Adding 0 turns −0 into +0, so a cut point is never a negative zero (the two compare equal anyway).
            for (var i = 0; i < n; i++)
            {
                data[i] = population[i].Frequency + 0d;
            }

            var frequency = new double[bins - 1];
            select(data, ranks, frequency);
            for (var i = 0; i < n; i++)
            {
                data[i] = population[i].Monetary + 0d;
            }

            var monetary = new double[bins - 1];
            select(data, ranks, monetary);

            var recencyRanks = LowerIsBetterRanks(n, bins);
            for (var i = 0; i < n; i++)
            {
                data[i] = population[i].Recency + 0d;
            }

            var ascending = new double[bins - 1];
            select(data, recencyRanks, ascending);
            var recency = new double[bins - 1];
            for (var k = 0; k < bins - 1; k++)
            {
                recency[k] = ascending[bins - 2 - k];
            }

            return new RfmScorer(bins, n, recency, frequency, monetary);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Fits on the RFM observations of buy-till-you-die summaries (see <see cref="RfmObservation.FromSummary"/>).</summary>
    /// <exception cref="ArgumentException">See <see cref="Fit(ReadOnlySpan{RfmObservation}, int)"/>.</exception>
    public static RfmScorer FitSummaries(ReadOnlySpan<CustomerSummary> population, int bins = 5)
    {
        var observations = new RfmObservation[population.Length];
        for (var i = 0; i < observations.Length; i++)
        {
            observations[i] = RfmObservation.FromSummary(population[i]);
        }

        return Fit(observations, bins);
    }

    /// <summary>Fits on <paramref name="population"/> and scores every member into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">See <see cref="Fit(ReadOnlySpan{RfmObservation}, int)"/>; or the spans'
    /// lengths differ.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "Shipped in 0.1.0 with the optional bin count; the parallel overload beside it takes a memory and no optional parameter.")]
    public static RfmScorer FitAndScore(ReadOnlySpan<RfmObservation> population, Span<RfmScore> destination, int bins = 5)
    {
        CheckLengths(population.Length, destination.Length);
        var scorer = Fit(population, bins);
        scorer.ScoreBatch(population, destination);
        return scorer;
    }

    /// <summary>Fits on <paramref name="population"/> and scores every member into <paramref name="destination"/>,
    /// both on up to <paramref name="maxDegreeOfParallelism"/> threads; equal bit for bit to
    /// <see cref="FitAndScore(ReadOnlySpan{RfmObservation}, Span{RfmScore}, int)"/>.</summary>
    /// <exception cref="ArgumentException">See <see cref="Fit(ReadOnlyMemory{RfmObservation}, int, int)"/>; or the
    /// lengths differ.</exception>
    public static RfmScorer FitAndScore(
        ReadOnlyMemory<RfmObservation> population, Memory<RfmScore> destination, int bins, int maxDegreeOfParallelism)
    {
        CheckLengths(population.Length, destination.Length);
        var scorer = Fit(population, bins, maxDegreeOfParallelism);
        scorer.ScoreBatch(population, destination, maxDegreeOfParallelism);
        return scorer;
    }

    /// <summary>The scores of one customer.</summary>
    public RfmScore Score(RfmObservation observation) =>
        RfmScore.CreateUnchecked(
            ScoreLowerIsBetter(observation.Recency),
            ScoreHigherIsBetter(_frequency, observation.Frequency),
            ScoreHigherIsBetter(_monetary, observation.Monetary),
            Bins);

    /// <summary>Scores every observation into <paramref name="destination"/>; equal to <see cref="Score"/> item by
    /// item. Allocation-free.</summary>
    /// <exception cref="ArgumentException">The spans' lengths differ.</exception>
    public void ScoreBatch(ReadOnlySpan<RfmObservation> observations, Span<RfmScore> destination)
    {
        CheckLengths(observations.Length, destination.Length);
        var done = RfmScoreKernel.IsSupported
            ? RfmScoreKernel.Score(observations, destination, Bins, _recency, _frequency, _monetary)
            : 0;
        ScoreOneByOne(observations[done..], destination[done..]);
    }

    /// <summary>Scores every observation into <paramref name="destination"/> on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads (fixed blocks of customers); equal to <see cref="Score"/>
    /// item by item whatever the degree. Allocates only the blocks' tasks.</summary>
    /// <exception cref="ArgumentException">The lengths differ, or <paramref name="maxDegreeOfParallelism"/> is below
    /// 1.</exception>
    public void ScoreBatch(ReadOnlyMemory<RfmObservation> observations, Memory<RfmScore> destination, int maxDegreeOfParallelism)
    {
        CheckLengths(observations.Length, destination.Length);
        Guard.Against.NotStrictlyPositive(maxDegreeOfParallelism);
        var length = observations.Length;
        FixedBlocks.For(FixedBlocks.Count(length), maxDegreeOfParallelism, block =>
        {
            var (start, end) = FixedBlocks.Range(block, length);
            ScoreBatch(observations.Span[start..end], destination.Span[start..end]);
        });
    }

    /// <summary>The batch of the previous release (one <see cref="Score"/> per item): the benchmarks' baseline.</summary>
    internal void ScoreOneByOne(ReadOnlySpan<RfmObservation> observations, Span<RfmScore> destination)
    {
        for (var i = 0; i < observations.Length; i++)
        {
            destination[i] = Score(observations[i]);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"RFM scorer: {Bins} bins over {PopulationSize} customers");

    private int ScoreLowerIsBetter(double value)
    {
        var score = 1;
        foreach (var t in _recency)
        {
            score += value < t ? 1 : 0;
        }

        return score;
    }

    private static int ScoreHigherIsBetter(double[] thresholds, double value)
    {
        var score = 1;
        foreach (var t in thresholds)
        {
            score += value > t ? 1 : 0;
        }

        return score;
    }

    /// <summary>The order statistics of one measure: values of the given ascending ranks, data left unchanged.</summary>
    private delegate void Selector(ReadOnlySpan<double> data, ReadOnlySpan<int> ranks, Span<double> results);

    private static int CeilDiv(long numerator, int denominator) => (int)((numerator + denominator - 1) / denominator);

    private static void CheckLengths(int source, int destination)
    {
        if (source != destination)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"destination must have the same length as the input ({source}); it was {destination}."),
                nameof(destination));
        }
    }
}
