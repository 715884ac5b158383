using BenchmarkDotNet.Attributes;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Benchmarks.Metrics;

/// <summary>CES (mean and easy share, 1–7 agreement scale) over 10 million answers: the vectorised span batch against
/// naive LINQ.</summary>
[MemoryDiagnoser]
public class CesAccumulatorBenchmarks
{
    private readonly CesScale _scale = CesScale.Agreement7;
    private CesRating[] _ratings = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _ratings = Enumerable.Range(0, NpsAccumulatorBenchmarks.N).Select(_ => CesRating.Of(random.Next(1, 8), _scale)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public double Linq() => _ratings.Average(r => r.Answer) + (double)_ratings.Count(r => r.Answer >= 5) / _ratings.Length;

    [Benchmark]
    public double SpanBatch()
    {
        var result = CesAccumulator.For(_scale).AddRange(_ratings).Result;
        return result.Mean!.Value + result.EasyShare.Value!.Value;
    }
}
