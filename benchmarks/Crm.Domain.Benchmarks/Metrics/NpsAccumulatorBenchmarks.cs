using BenchmarkDotNet.Attributes;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Benchmarks.Metrics;

/// <summary>NPS over 10 million ratings: the vectorised span batch against naive LINQ (two counting passes, which
/// compute only the score, not the distribution) and against adding item by item.</summary>
[MemoryDiagnoser]
public class NpsAccumulatorBenchmarks
{
    public const int N = 10_000_000;
    private NpsRating[] _ratings = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _ratings = Enumerable.Range(0, N).Select(_ => NpsRating.Of(random.Next(0, 11))).ToArray();
    }

    [Benchmark(Baseline = true)]
    public double Linq()
    {
        var promoters = _ratings.Count(r => r.Score >= 9);
        var detractors = _ratings.Count(r => r.Score <= 6);
        return 100d * (promoters - detractors) / _ratings.Length;
    }

    [Benchmark]
    public double PerItem()
    {
        var acc = NpsAccumulator.Empty;
        foreach (var r in _ratings)
        {
            acc = acc.Add(r);
        }

        return acc.Result.Score!.Value;
    }

    [Benchmark]
    public double SpanBatch() => NpsAccumulator.Empty.AddRange(_ratings).Result.Score!.Value;
}
