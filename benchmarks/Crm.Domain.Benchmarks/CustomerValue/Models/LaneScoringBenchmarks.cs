using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Crm.Domain.Benchmarks.Baselines;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>
/// Issue 18, items 1, 2 and 6: scoring 1,000,000 CDNOW-like customers (drawn, seeded, from the CDNOW BG/NBD with
/// continuous ages in [27, 39] weeks, <see cref="CdnowSummaries.Simulated"/>, as in <see cref="BgNbdLargeFitBenchmarks"/>: about 60 % without a repeat
/// purchase) with P(alive) and E[X(39) | history] into caller arrays. Per model: <c>Previous</c> is the four-lane
/// (<see cref="Lane256"/>) instantiation of the previous kernel, the width every machine ran before; <c>Score</c> is the
/// public span batch at the width chosen for the machine (eight lanes with AVX-512); <c>ScoreTwoCores</c> the public
/// parallel overload with <c>maxDegreeOfParallelism</c> 2. For the BG/NBD, <c>BgNbdRound2</c> is the previous kernel
/// (<see cref="BetaGeometricScoringPrevious"/>, frozen at main 0c4a80b) at eight lanes: the single-core path the
/// second round shipped (27.2 ms on the quiet machine), the baseline of the single-core rework. Aims (quiet machine): BG/NBD ≈ 20 ms, Pareto/NBD ≈ 27 ms
/// (20× lifetimes' 414 and 534 ms, measured on this machine 2026-12-02).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LaneScoringBenchmarks
{
    private const int Count = 1_000_000;
    private const double Window = 39d;
    private readonly BgNbdModel bg = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    private readonly ParetoNbdModel pn = ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);
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

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("BG/NBD")]
    public double BgNbdPrevious()
    {
        LaneBatch.Run<BetaGeometricScoringPrevious, Lane256>(new(bg.R, bg.Alpha, bg.A, bg.B, canDropAtStart: false), customers, Window, alive, expected);
        return alive[^1] + expected[^1];
    }

    [Benchmark]
    [BenchmarkCategory("BG/NBD")]
    public double BgNbdRound2()
    {
        LaneBatch.Run<BetaGeometricScoringPrevious, Lane512>(new(bg.R, bg.Alpha, bg.A, bg.B, canDropAtStart: false), customers, Window, alive, expected);
        return alive[^1] + expected[^1];
    }

    [Benchmark]
    [BenchmarkCategory("BG/NBD")]
    public double BgNbdScore()
    {
        bg.Score(customers, Window, alive, expected);
        return alive[^1] + expected[^1];
    }

    [Benchmark]
    [BenchmarkCategory("BG/NBD")]
    public double BgNbdScoreTwoCores()
    {
        bg.Score(customers, Window, alive, expected, maxDegreeOfParallelism: 2);
        return alive[^1] + expected[^1];
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Pareto/NBD")]
    public double ParetoNbdPrevious()
    {
        LaneBatch.Run<ParetoNbdScorer, Lane256>(new(pn.R, pn.Alpha, pn.S, pn.Beta), customers, Window, alive, expected);
        return alive[^1] + expected[^1];
    }

    [Benchmark]
    [BenchmarkCategory("Pareto/NBD")]
    public double ParetoNbdScore()
    {
        pn.Score(customers, Window, alive, expected);
        return alive[^1] + expected[^1];
    }

    [Benchmark]
    [BenchmarkCategory("Pareto/NBD")]
    public double ParetoNbdScoreTwoCores()
    {
        pn.Score(customers, Window, alive, expected, maxDegreeOfParallelism: 2);
        return alive[^1] + expected[^1];
    }
}
