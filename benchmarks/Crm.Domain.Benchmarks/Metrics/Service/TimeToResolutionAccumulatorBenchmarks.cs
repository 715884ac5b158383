using BenchmarkDotNet.Attributes;
using Crm.Domain.Metrics.Service;
using NodaTime;

namespace Crm.Domain.Benchmarks.Metrics.Service;

/// <summary>Time to resolution (mean, median, p90) over 10 million cases: the span batch into the mergeable sketch
/// against LINQ that materialises and sorts every duration for exact quantiles.</summary>
[MemoryDiagnoser]
public class TimeToResolutionAccumulatorBenchmarks
{
    private ClosedCase[] _cases = [];

    [GlobalSetup]
    public void Setup() => _cases = ServiceData.Cases();

    [Benchmark(Baseline = true)]
    public Duration Linq()
    {
        var sorted = _cases.Select(c => c.TimeToResolution).OrderBy(d => d).ToArray();
        var mean = Duration.FromTicks(sorted.Average(d => (double)d.BclCompatibleTicks));
        return mean + sorted[(int)(0.5 * (sorted.Length - 1))] + sorted[(int)(0.9 * (sorted.Length - 1))];
    }

    [Benchmark]
    public Duration SpanBatch()
    {
        var stats = TimeToResolutionAccumulator.Empty.AddRange(_cases).Result;
        return stats.Mean!.Value + stats.Median!.Value + stats.P90!.Value;
    }
}
