using BenchmarkDotNet.Attributes;
using Crm.Domain.Metrics.Indices;

namespace Crm.Domain.Benchmarks.Metrics.Indices;

/// <summary>A brand-image index (four items, 1–10, some skipped) over 10 million responses: the span batch against
/// LINQ averaging each item. Responses reuse 4,096 distinct rating arrays so that the data fits in memory; both
/// methods read the same responses.</summary>
[MemoryDiagnoser]
public class WeightedIndexAccumulatorBenchmarks
{
    private const int N = 10_000_000;
    private static readonly WeightedIndex Index = BrandImageIndex.Create(1, 2, 1.5, 1);
    private IndexResponse[] _responses = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        var distinct = Enumerable.Range(0, 4096)
            .Select(_ => IndexResponse.WithSkips(Enumerable.Range(0, 4).Select(_ => random.Next(10) == 0 ? (int?)null : random.Next(1, 11)).ToArray()))
            .ToArray();
        _responses = Enumerable.Range(0, N).Select(_ => distinct[random.Next(distinct.Length)]).ToArray();
    }

    [Benchmark(Baseline = true)]
    public double Linq()
    {
        var scores = Index.Items.Select((item, i) =>
        {
            var answers = _responses.Where(r => r.Ratings[i].HasValue).Select(r => r.Ratings[i]!.Value).ToList();
            return (item.Weight, Score: (answers.Average() - 1) / 9 * 100);
        }).ToList();
        return scores.Sum(s => s.Weight * s.Score) / scores.Sum(s => s.Weight);
    }

    [Benchmark]
    public double SpanBatch() => WeightedIndexAccumulator.For(Index).AddRange(_responses).Result.Value!.Value;
}
