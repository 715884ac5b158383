using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Crm.Domain.Benchmarks.Baselines;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>
/// What the Taylor rows (tenth session) cost where no batch shares them: E[X(39) | history] of the BG/NBD for one
/// customer at a time (1,000 single calls over CDNOW-like customers) and for batches of 64 customers (below the
/// 256-evaluation threshold, so each vector builds its rows), against the previous kernel
/// (<see cref="BetaGeometricScoringPrevious"/>, the series for every customer, called as the public path called it: a
/// kernel per call, at the batch width) on the same customers. Times are per customer (OperationsPerInvoke = 1,000).
/// <para>Eleventh session: a model keeps the rows its single customers and small batches needed (its memo), so the
/// rows without a suffix are a long-lived model's (warm: every row already built); the <c>NewModel</c> rows create the
/// model again for every call or batch (a service that loads its model per request: every row built again).</para>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SmallScoringBenchmarks
{
    private const int Count = 1_000;
    private const double Window = 39d;
    private readonly BetaGeometricScoringPrevious previous = new(0.2425982, 4.4136842, 0.7929899, 2.4261667, canDropAtStart: false);
    private readonly BgNbdModel bg = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);

    // Pareto/NBD on CDNOW (Fader, Hardie & Lee 2005 parameters), for the single path's width (eleventh session).
    private readonly ParetoNbdModel pareto = ParetoNbdModel.Create(0.5533, 10.5776, 0.6061, 11.6562);
    private CustomerSummary[] customers = [];
    private double[] alive = [];
    private double[] expected = [];

    [GlobalSetup]
    public void Setup()
    {
        customers = CdnowSummaries.Simulated(Count);
        alive = new double[Count];
        expected = new double[Count];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Single")]
    public double OneCustomerPrevious()
    {
        double sum = 0d;
        foreach (ref readonly var c in customers.AsSpan())
        {
            // The public path before the rows: a kernel per call (as the model's Scoring property built it) at the batch width.
            var kernel = new BetaGeometricScoringPrevious(bg.R, bg.Alpha, bg.A, bg.B, canDropAtStart: false);
            sum += LaneBatch.Wide
                ? LaneBatch.Single<BetaGeometricScoringPrevious, Lane512>(kernel, c.Frequency, c.Recency, c.Age, Window, wantExpected: true).Expected
                : LaneBatch.Single<BetaGeometricScoringPrevious, Lane256>(kernel, c.Frequency, c.Recency, c.Age, Window, wantExpected: true).Expected;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Single")]
    public double OneCustomer()
    {
        double sum = 0d;
        foreach (ref readonly var c in customers.AsSpan())
        {
            sum += bg.ExpectedTransactions(c, Window);
        }

        return sum;
    }






    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Single")]
    public double OneCustomerNewModel()
    {
        double sum = 0d;
        foreach (ref readonly var c in customers.AsSpan())
        {
            sum += BgNbdModel.Create(bg.R, bg.Alpha, bg.A, bg.B).ExpectedTransactions(c, Window);
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Batches of 64")]
    public double BatchesOf64Previous()
    {
        for (int i = 0; i < Count; i += 64)
        {
            LaneBatch.Run(previous, customers.AsSpan(i, Math.Min(64, Count - i)), Window, alive.AsSpan(i, Math.Min(64, Count - i)), expected.AsSpan(i, Math.Min(64, Count - i)));
        }

        return expected[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Batches of 64")]
    public double BatchesOf64()
    {
        for (int i = 0; i < Count; i += 64)
        {
            int n = Math.Min(64, Count - i);
            bg.Score(customers.AsSpan(i, n), Window, alive.AsSpan(i, n), expected.AsSpan(i, n));
        }

        return expected[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Batches of 64")]
    public double BatchesOf64NewModel()
    {
        for (int i = 0; i < Count; i += 64)
        {
            int n = Math.Min(64, Count - i);
            BgNbdModel.Create(bg.R, bg.Alpha, bg.A, bg.B).Score(customers.AsSpan(i, n), Window, alive.AsSpan(i, n), expected.AsSpan(i, n));
        }

        return expected[^1];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Pareto single")]
    public double ParetoOneCustomerEightLanes()
    {
        // The single path before the eleventh session on this machine: eight copies of the customer.
        double sum = 0d;
        foreach (ref readonly var c in customers.AsSpan())
        {
            var kernel = new ParetoNbdScorer(pareto.R, pareto.Alpha, pareto.S, pareto.Beta);
            sum += LaneBatch.Single<ParetoNbdScorer, Lane512>(kernel, c.Frequency, c.Recency, c.Age, Window, wantExpected: true).Expected;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Pareto single")]
    public double ParetoOneCustomer()
    {
        double sum = 0d;
        foreach (ref readonly var c in customers.AsSpan())
        {
            sum += pareto.ExpectedTransactions(c, Window);
        }

        return sum;
    }
}
