using BenchmarkDotNet.Attributes;
using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using NodaTime;

namespace Crm.Domain.Benchmarks.Retention;

/// <summary>The cohort retention matrix over 10,000,000 orders of 500,000 customers across 24 months: the two-pass
/// bitmap build against a naive LINQ GroupBy/Distinct.</summary>
[MemoryDiagnoser]
public class CohortRetentionMatrixBenchmarks
{
    private const int Orders = 10_000_000;
    private const int Customers = 500_000;
    private CohortActivity[] _activity = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var ids = Enumerable.Range(0, Customers).Select(i => CustomerId.Of($"C{i}")).ToArray();
        var first = Enumerable.Range(0, Customers).Select(_ => random.Next(0, 24)).ToArray();
        _activity = new CohortActivity[Orders];
        var origin = new YearMonth(2025, 1);
        for (var i = 0; i < Orders; i++)
        {
            var c = random.Next(Customers);
            _activity[i] = new CohortActivity(ids[c], origin.PlusMonths(Math.Min(23, first[c] + random.Next(0, 24 - first[c]))));
        }
    }

    [Benchmark(Baseline = true)]
    public long NaiveLinq()
    {
        var firstMonth = _activity.GroupBy(a => a.Customer).ToDictionary(g => g.Key, g => g.Min(a => a.Month));
        var cells = _activity.Select(a => (a.Customer, a.Month)).Distinct()
            .GroupBy(x => (Cohort: firstMonth[x.Customer], x.Month))
            .ToDictionary(g => g.Key, g => g.LongCount());
        return cells.Count;
    }

    [Benchmark]
    public long Build() => CohortRetentionMatrix.Build(_activity.AsSpan()).Cohorts.Length;
}
