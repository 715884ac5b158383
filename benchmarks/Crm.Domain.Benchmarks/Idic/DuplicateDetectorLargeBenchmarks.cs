using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Crm.Domain.Idic.Identify;

namespace Crm.Domain.Benchmarks.Idic;

/// <summary>Duplicate detection at 1,000,000 records: one cold iteration (the shared machine cannot afford
/// <c>--job Short</c> at this size). Run without <c>--job</c>.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class DuplicateDetectorLargeBenchmarks
{
    private readonly DuplicateDetector _detector = new();
    private MatchCandidate[] _candidates = [];

    [Params(1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => _candidates = CandidateFactory.Create(Records);

    [Benchmark]
    public long Detect() => _detector.Detect(_candidates).ComparedPairs;
}
