using BenchmarkDotNet.Attributes;
using Crm.Domain.Metrics.Service;
using NodaTime;

namespace Crm.Domain.Benchmarks.Metrics.Service;

/// <summary>Call volume per local day and month over 10 million calls in a year: the span batch (offset cache, dense
/// day window) against LINQ grouping by <c>InZone(zone).Date</c>.</summary>
[MemoryDiagnoser]
public class CallVolumeAccumulatorBenchmarks
{
    private Instant[] _calls = [];

    [GlobalSetup]
    public void Setup() => _calls = ServiceData.Calls();

    [Benchmark(Baseline = true)]
    public int Linq()
    {
        var perDay = _calls.GroupBy(c => c.InZone(ServiceData.London).Date).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.LongCount());
        var perMonth = perDay.GroupBy(p => p.Key.ToYearMonth()).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        return perDay.Count + perMonth.Count;
    }

    [Benchmark]
    public int SpanBatch()
    {
        var volume = CallVolumeAccumulator.For(ServiceData.London).AddRange(_calls).Result;
        return volume.PerDay.Length + volume.PerMonth.Length;
    }
}
