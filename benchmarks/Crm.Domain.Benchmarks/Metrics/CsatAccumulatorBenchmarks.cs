using BenchmarkDotNet.Attributes;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Benchmarks.Metrics;

/// <summary>CSAT and mean over 10 million ratings: the vectorised span batch against naive LINQ.</summary>
[MemoryDiagnoser]
public class CsatAccumulatorBenchmarks
{
    private CsatRating[] _ratings = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _ratings = Enumerable.Range(0, NpsAccumulatorBenchmarks.N).Select(_ => CsatRating.Of(random.Next(1, 6))).ToArray();
    }

    [Benchmark(Baseline = true)]
    public double Linq() => (double)_ratings.Count(r => r.Score >= 4) / _ratings.Length + _ratings.Average(r => r.Score);

    [Benchmark]
    public double SpanBatch()
    {
        var result = CsatAccumulator.Empty.AddRange(_ratings).Result;
        return result.Satisfaction.Value!.Value + result.Mean!.Value;
    }
}
