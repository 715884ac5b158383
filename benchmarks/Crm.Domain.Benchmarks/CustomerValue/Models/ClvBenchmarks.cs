using BenchmarkDotNet.Attributes;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>
/// Issue 18, item 4: 12-month CLV of 1,000,000 seeded CDNOW-like customers (weekly model, monthly steps, 15 % a year,
/// margin 0.3), BG/NBD transactions and Gamma-Gamma spend (the spend per customer is part of every row). Baseline: the
/// previous path, kept in the library (<c>WindowByWindow</c>: the model's <c>Score</c> once per step, chunks of 64);
/// the one-pass kernels on one core and on two (<see cref="ClvSettings.WithMaxDegreeOfParallelism"/>); the same for the
/// Pareto/NBD. Aim: ≈ 0.1 s (100× lifetimes' 9.78 s, measured on this machine 2026-12-02; previous figure 500 ms).
/// </summary>
[MemoryDiagnoser]
public class ClvBenchmarks
{
    private const int Count = 1_000_000;
    private readonly BgNbdModel bg = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    private readonly ParetoNbdModel pareto = ParetoNbdModel.Create(0.5533, 10.5776, 0.6061, 11.6650);
    private readonly GammaGammaModel gg = GammaGammaModel.Create(6.2488, 3.7442, 15.4437);
    private readonly ClvSettings settings = ClvSettings.Create(0.3, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, 12);
    private ClvSettings twoCores = null!;
    private CustomerSummary[] customers = [];
    private double[] spend = [];
    private double[] clv = [];

    [GlobalSetup]
    public void Setup()
    {
        customers = CdnowSummaries.Generate(Count);
        spend = new double[Count];
        clv = new double[Count];
        twoCores = settings.WithMaxDegreeOfParallelism(2);
    }

    [Benchmark(Baseline = true)]
    public double Previous()
    {
        gg.ExpectedAverageSpend(customers, spend);
        CustomerLifetimeValue.WindowByWindow(bg, customers, spend, settings, clv);
        return clv[^1];
    }

    [Benchmark]
    public double OnePass()
    {
        gg.ExpectedAverageSpend(customers, spend);
        CustomerLifetimeValue.Of(bg, customers, spend, settings, clv);
        return clv[^1];
    }

    [Benchmark]
    public double OnePassTwoCores()
    {
        gg.ExpectedAverageSpend(customers, spend);
        CustomerLifetimeValue.Of(bg, customers, spend, twoCores, clv);
        return clv[^1];
    }

    [Benchmark]
    public double ParetoPrevious()
    {
        gg.ExpectedAverageSpend(customers, spend);
        CustomerLifetimeValue.WindowByWindow(pareto, customers, spend, settings, clv);
        return clv[^1];
    }

    [Benchmark]
    public double ParetoOnePass()
    {
        gg.ExpectedAverageSpend(customers, spend);
        CustomerLifetimeValue.Of(pareto, customers, spend, settings, clv);
        return clv[^1];
    }
}
