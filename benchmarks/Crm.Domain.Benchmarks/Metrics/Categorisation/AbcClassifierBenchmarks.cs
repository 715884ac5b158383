using BenchmarkDotNet.Attributes;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Primitives;

namespace Crm.Domain.Benchmarks.Metrics.Categorisation;

/// <summary>ABC classification of 1 million customers (not 10 million: each customer carries its own id string, and
/// classification needs the whole base in memory): the classifier against a LINQ sort and running sum.</summary>
[MemoryDiagnoser]
public class AbcClassifierBenchmarks
{
    private const int N = 1_000_000;
    private ValuedCustomer[] _customers = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        _customers = Enumerable.Range(0, N)
            .Select(i => ValuedCustomer.Of(CustomerId.Of($"C{i:D7}"), Math.Round(Math.Exp(7 + (1.3 * random.NextDouble() * 3)), 2)))
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public int Linq()
    {
        var ranked = _customers.OrderByDescending(c => c.Value).ThenBy(c => c.Customer.Value, StringComparer.Ordinal).ToList();
        var total = ranked.Sum(c => c.Value);
        var before = 0d;
        var classes = new Dictionary<CustomerId, AbcClass>(ranked.Count);
        foreach (var c in ranked)
        {
            classes[c.Customer] = before < 0.8 * total ? AbcClass.A : before < 0.95 * total ? AbcClass.B : AbcClass.C;
            before += c.Value;
        }

        return classes.Count(p => p.Value == AbcClass.A);
    }

    [Benchmark]
    public int Classify() => AbcClassifier.Default.Classify(_customers).SummaryOf(AbcClass.A).CustomerCount;
}
