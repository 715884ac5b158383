using BenchmarkDotNet.Attributes;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>Maximum-likelihood fits on the CDNOW sample (2,357 customers, 1,016 distinct rows). Aim: BG/NBD ≤ 20 ms.</summary>
[MemoryDiagnoser]
public class ModelFitBenchmarks
{
    private CustomerSummary[] customers = [];

    [GlobalSetup]
    public void Setup() => customers = CdnowSummaries.Load();

    [Benchmark]
    public double BgNbdFit() => BgNbdModel.Fit(customers).LogLikelihood;

    /// <summary>The BG/NBD path before issue 18 (distinct rows, per-row likelihood, same optimiser): no hot path may be slower.</summary>
    [Benchmark]
    public double BgNbdFitPrevious() => BgNbdLargeFitBenchmarks.PreviousPath(customers);

    /// <summary>The BG/NBD path of performance round 2 (fused likelihood, BFGS, numeric standard errors): the baseline of the Newton path.</summary>
    [Benchmark]
    public double BgNbdFitBfgs() => BgNbdLargeFitBenchmarks.FusedBfgsPath(customers);

    [Benchmark]
    public double ParetoNbdFit() => ParetoNbdModel.Fit(customers).LogLikelihood;

    [Benchmark]
    public double MbgNbdFit() => MbgNbdModel.Fit(customers).LogLikelihood;

    [Benchmark]
    public double GammaGammaFit() => GammaGammaModel.Fit(customers).LogLikelihood;
}
