using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Benchmarks.Metrics;

/// <summary>The rating counters' kernel over 10 million NPS answers at each width (issue 18 item 1): 512-bit lanes
/// (what <c>NpsAccumulator.AddRange</c> uses where the hardware has AVX-512) against 256-bit lanes (the previous
/// width, <c>Vector&lt;byte&gt;</c> on x64). Equal counts; the 512 row is skipped (returns −1) without AVX-512.</summary>
[MemoryDiagnoser]
public class RatingWidthBenchmarks
{
    private const int N = 10_000_000;
    private NpsRating[] _ratings = [];
    private readonly long[] _counts = new long[11];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _ratings = Enumerable.Range(0, N).Select(_ => NpsRating.Of(random.Next(0, 11))).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int Nps_Lanes256() =>
        ByteHistogram.Count<ByteLanes256, Vector256<byte>>(Bytes(), NpsRating.Encode(0), NpsRating.Encode(10), _counts);

    [Benchmark]
    public int Nps_Lanes512() =>
        Vector512.IsHardwareAccelerated
            ? ByteHistogram.Count<ByteLanes512, Vector512<byte>>(Bytes(), NpsRating.Encode(0), NpsRating.Encode(10), _counts)
            : -1;

    [Benchmark]
    public long Nps_AddRange() => NpsAccumulator.Empty.AddRange(_ratings).Count;

    private ReadOnlySpan<byte> Bytes() => MemoryMarshal.Cast<NpsRating, byte>(_ratings);
}
