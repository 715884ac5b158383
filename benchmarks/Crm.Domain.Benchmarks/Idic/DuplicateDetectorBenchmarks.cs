using BenchmarkDotNet.Attributes;
using Crm.Domain.Idic.Identify;

namespace Crm.Domain.Benchmarks.Idic;

/// <summary>Duplicate detection (blocking + Jaro–Winkler scoring) at 10k and 100k records; run with <c>--job Short</c>.
/// The 1M size is <see cref="DuplicateDetectorLargeBenchmarks"/> (one iteration).</summary>
[MemoryDiagnoser]
public class DuplicateDetectorBenchmarks
{
    private readonly DuplicateDetector _detector = new();
    private MatchCandidate[] _candidates = [];

    [Params(10_000, 100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => _candidates = CandidateFactory.Create(Records);

    [Benchmark]
    public long Detect() => _detector.Detect(_candidates).ComparedPairs;
}
