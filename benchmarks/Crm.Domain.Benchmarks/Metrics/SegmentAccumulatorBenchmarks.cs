using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Crm.Domain.Metrics;
using Crm.Domain.Primitives;

namespace Crm.Domain.Benchmarks.Metrics;

/// <summary>Retention (S, E, N per segment), acquisition cost (money and customers per campaign) and retention cost
/// (money and customers kept per programme) over 10 million observations: the span batches against naive LINQ.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SegmentAccumulatorBenchmarks
{
    private RetentionPeriodCounts[] _segments = [];
    private AcquisitionSpend[] _spends = [];
    private RetentionSpend[] _retentionSpends = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _segments = Enumerable.Range(0, NpsAccumulatorBenchmarks.N).Select(_ =>
        {
            var start = random.Next(0, 1000);
            var kept = random.Next(0, start + 1);
            var acquired = random.Next(0, 100);
            return RetentionPeriodCounts.Of(start, kept + acquired, acquired);
        }).ToArray();
        var eur = Currency.Of("EUR");
        _spends = Enumerable.Range(0, NpsAccumulatorBenchmarks.N)
            .Select(_ => AcquisitionSpend.Of(Money.Of(random.Next(0, 1_000_000) / 100m, eur), random.Next(0, 50))).ToArray();
        _retentionSpends = Enumerable.Range(0, NpsAccumulatorBenchmarks.N)
            .Select(_ => RetentionSpend.Of(Money.Of(random.Next(0, 1_000_000) / 100m, eur), random.Next(0, 200))).ToArray();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Retention")]
    public double Retention_Linq() =>
        (double)(_segments.Sum(s => s.End) - _segments.Sum(s => s.Acquired)) / _segments.Sum(s => s.Start);

    [Benchmark]
    [BenchmarkCategory("Retention")]
    public double Retention_SpanBatch() => RetentionAccumulator.Empty.AddRange(_segments).Result.RetentionRate.Value!.Value;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Cac")]
    public decimal Cac_Linq() => _spends.Sum(s => s.Spend.Amount) / _spends.Sum(s => s.CustomersAcquired);

    [Benchmark]
    [BenchmarkCategory("Cac")]
    public decimal Cac_SpanBatch() => AcquisitionCostAccumulator.Empty.AddRange(_spends).Result.CostPerCustomer!.Value.Amount;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("RetentionCost")]
    public decimal RetentionCost_Linq() => _retentionSpends.Sum(s => s.Spend.Amount) / _retentionSpends.Sum(s => s.CustomersRetained);

    [Benchmark]
    [BenchmarkCategory("RetentionCost")]
    public decimal RetentionCost_SpanBatch() => RetentionCostAccumulator.Empty.AddRange(_retentionSpends).Result.CostPerCustomer!.Value.Amount;
}
