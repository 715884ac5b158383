using BenchmarkDotNet.Attributes;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>
/// Scoring 1,000,000 customers with P(alive) and E[X(52) | history] into caller spans (times are per customer,
/// OperationsPerInvoke = 1,000,000). Aim: ≤ 100 ns per customer, 0 allocations. Baseline: the textbook formulas as a
/// data scientist would first write them (Math.Pow, the untransformed 2F1 series, LINQ into new arrays).
/// </summary>
[MemoryDiagnoser]
public class ModelScoringBenchmarks
{
    private const int Count = 1_000_000;
    private readonly BgNbdModel bg = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    private readonly MbgNbdModel mbg = MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614);
    private readonly ParetoNbdModel pn = ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);
    private CustomerSummary[] customers = [];
    private double[] alive = [];
    private double[] expected = [];

    [GlobalSetup]
    public void Setup()
    {
        customers = CdnowSummaries.Generate(Count);
        alive = new double[Count];
        expected = new double[Count];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public double BgNbdNaiveLinq()
    {
        var a = customers.Select(c => NaiveBgNbd.ProbabilityAlive(bg, c)).ToArray();
        var e = customers.Select(c => NaiveBgNbd.Expected(bg, c, 52)).ToArray();
        return a[^1] + e[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double BgNbdSpanBatch()
    {
        bg.ProbabilityAlive(customers, alive);
        bg.ExpectedTransactions(customers, 52, expected);
        return alive[^1] + expected[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double BgNbdScore()
    {
        bg.Score(customers, 52, alive, expected);
        return alive[^1] + expected[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double ParetoNbdSpanBatch()
    {
        pn.ProbabilityAlive(customers, alive);
        pn.ExpectedTransactions(customers, 52, expected);
        return alive[^1] + expected[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double MbgNbdScore()
    {
        mbg.Score(customers, 52, alive, expected);
        return alive[^1] + expected[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double ParetoNbdNaiveLinq()
    {
        var a = customers.Select(c => NaiveParetoNbd.ProbabilityAlive(pn, c)).ToArray();
        var e = customers.Select(c => NaiveParetoNbd.Expected(pn, c, 52)).ToArray();
        return a[^1] + e[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double ParetoNbdScore()
    {
        pn.Score(customers, 52, alive, expected);
        return alive[^1] + expected[^1];
    }
}
