using BenchmarkDotNet.Attributes;
using Crm.Domain.CustomerValue.Rfm;

namespace Crm.Domain.Benchmarks.CustomerValue.Rfm;

/// <summary>RFM quintiles for 1,000,000 customers (seeded; 60% with frequency 0, like CDNOW): fit and score into a
/// caller's span, against a naive sort-and-binary-search baseline, the previous release's path and round 3's; one
/// core and two (the <c>maxDegreeOfParallelism</c> overloads, equal results).</summary>
[MemoryDiagnoser]
public class RfmScorerBenchmarks
{
    private const int N = 1_000_000;
    private RfmObservation[] _population = [];
    private RfmScore[] _scores = [];
    private int[] _segments = [];
    private readonly RfmSegmentation _segmentation = RfmSegmentation.Standard();

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1997);
        _population = new RfmObservation[N];
        for (var i = 0; i < N; i++)
        {
            var frequency = random.NextDouble() < 0.6 ? 0 : 1 + (int)(-Math.Log(1 - random.NextDouble()) * 3);
            var recency = Math.Round(random.NextDouble() * 78 * 7) / 7;
            var monetary = frequency == 0 ? 0 : Math.Round(Math.Exp(3 + random.NextDouble()), 2);
            _population[i] = RfmObservation.Create(recency, frequency, monetary);
        }

        _scores = new RfmScore[N];
        _segments = new int[N];
    }

    [Benchmark(Baseline = true)]
    public int Naive_SortAndBinarySearch()
    {
        var r = _population.Select(o => o.Recency).OrderBy(v => v).ToArray();
        var f = _population.Select(o => o.Frequency).OrderBy(v => v).ToArray();
        var m = _population.Select(o => o.Monetary).OrderBy(v => v).ToArray();
        var total = 0;
        for (var i = 0; i < N; i++)
        {
            var o = _population[i];
            var below = LowerBound(f, o.Frequency);
            var score = 1 + (5 * below / N);
            var belowM = LowerBound(m, o.Monetary);
            var above = N - UpperBound(r, o.Recency);
            _scores[i] = RfmScore.Create(Math.Min(5, 1 + (5 * above / N)), Math.Min(5, score), Math.Min(5, 1 + (5 * belowM / N)));
            total += _scores[i].Total;
        }

        return total;
    }

    /// <summary>The previous release's path (histogram selection on every measure, one <c>Score</c> per item): the
    /// "previous figure" of issue 18 item 6, equal results.</summary>
    [Benchmark]
    public int Previous_FitAndScore()
    {
        var scorer = RfmScorer.FitByHistogramSelection(_population);
        scorer.ScoreOneByOne(_population, _scores);
        return _scores[N - 1].Total;
    }

    /// <summary>Round 3 of issue 18 (a sample, a counting pass and a histogram selection per measure; quiet machine
    /// 14.7 ms): the baseline of this round's one-pass fit.</summary>
    [Benchmark]
    public int Sampled_FitAndScore()
    {
        var scorer = RfmScorer.FitBySampledSelection(_population);
        scorer.ScoreBatch(_population, _scores);
        return _scores[N - 1].Total;
    }

    [Benchmark]
    public int Fit()
    {
        return RfmScorer.Fit(_population).Bins;
    }

    [Benchmark]
    public int FitTwoCores()
    {
        return RfmScorer.Fit(_population, 5, maxDegreeOfParallelism: 2).Bins;
    }

    [Benchmark]
    public int FitAndScoreTwoCores()
    {
        RfmScorer.FitAndScore(_population, _scores, 5, maxDegreeOfParallelism: 2);
        return _scores[N - 1].Total;
    }

    [Benchmark]
    public int FitAndScore()
    {
        RfmScorer.FitAndScore(_population, _scores);
        return _scores[N - 1].Total;
    }

    [Benchmark]
    public int FitScoreAndSegment()
    {
        RfmScorer.FitAndScore(_population, _scores);
        _segmentation.ClassifyBatch(_scores, _segments);
        return _segments[N - 1];
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
