using BenchmarkDotNet.Attributes;
using Crm.Domain.Metrics.Service;

namespace Crm.Domain.Benchmarks.Metrics.Service;

/// <summary>Same-day closure over 10 million cases (Europe/London, a year with both DST changes): the span batch, which
/// caches the zone's offset, against LINQ building two ZonedDateTimes per case.</summary>
[MemoryDiagnoser]
public class SameDayClosureAccumulatorBenchmarks
{
    private ClosedCase[] _cases = [];

    [GlobalSetup]
    public void Setup() => _cases = ServiceData.Cases();

    [Benchmark(Baseline = true)]
    public double Linq() =>
        (double)_cases.Count(c => c.Opened.InZone(ServiceData.London).Date == c.Resolved.InZone(ServiceData.London).Date) / _cases.Length;

    [Benchmark]
    public double SpanBatch() => SameDayClosureAccumulator.For(ServiceData.London).AddRange(_cases).Result.Value!.Value;
}
