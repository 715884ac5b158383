using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Crm.Domain.Metrics;

namespace Crm.Domain.Benchmarks.Metrics;

/// <summary>First-contact resolution, renewal rate and services per customer over 10 million observations: the span
/// batches against naive LINQ.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RateAccumulatorBenchmarks
{
    private bool[] _flags = [];
    private int[] _services = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _flags = Enumerable.Range(0, NpsAccumulatorBenchmarks.N).Select(_ => random.Next(100) < 72).ToArray();
        _services = Enumerable.Range(0, NpsAccumulatorBenchmarks.N).Select(_ => random.Next(0, 9)).ToArray();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Bool")]
    public double Fcr_Linq() => (double)_flags.Count(f => f) / _flags.Length;

    [Benchmark]
    [BenchmarkCategory("Bool")]
    public double Fcr_SpanBatch() => FirstContactResolutionAccumulator.Empty.AddRange(_flags).Result.Value!.Value;

    [Benchmark]
    [BenchmarkCategory("Bool")]
    public double Renewal_SpanBatch() => RenewalRateAccumulator.Empty.AddRange(_flags).Result.Value!.Value;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Int")]
    public double Services_Linq() => _services.Select(s => (long)s).Sum() / (double)_services.Length;

    [Benchmark]
    [BenchmarkCategory("Int")]
    public double Services_SpanBatch() => ServicesPerCustomerAccumulator.Empty.AddRange(_services).Result.Value!.Value;
}
