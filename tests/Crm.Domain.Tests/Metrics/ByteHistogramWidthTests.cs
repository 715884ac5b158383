using System.Runtime.Intrinsics;
using Crm.Domain.Metrics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics;

/// <summary>The rating counters at every width this machine runs (512, 256, 128 bits) equal a one-by-one count, on
/// random inputs longer than one 255-vector chunk, with and without a byte off the range.</summary>
public class ByteHistogramWidthTests
{
    private delegate int Counter(ReadOnlySpan<byte> data, byte low, byte high, Span<long> counts);

    [Property(MaxTest = 60)]
    public Property EveryWidth_EqualsOneByOne() =>
        Prop.ForAll(
            (from length in Gen.OneOf(Gen.Choose(0, 200), Gen.Choose(16_000, 40_000))
             from low in Gen.Choose(0, 3)
             from span in Gen.Choose(0, 10)
             from seed in Gen.Choose(0, int.MaxValue)
             from badAt in Gen.OneOf(Gen.Constant(-1), Gen.Choose(0, 40_000))
             select (length, low, span, seed, badAt)).ToArbitrary(),
            c =>
            {
                var random = new Random(c.seed);
                var low = (byte)c.low;
                var high = (byte)(c.low + c.span);
                var data = new byte[c.length];
                for (var i = 0; i < data.Length; i++)
                {
                    data[i] = (byte)random.Next(low, high + 1);
                }

                var badAt = c.badAt < data.Length ? c.badAt : -1;
                if (badAt >= 0)
                {
                    data[badAt] = (byte)(high + 1 + random.Next(0, 200));
                }

                // One by one: the first byte off the range, else the count of each value.
                var expectedBad = Array.FindIndex(data, b => b < low || b > high);
                var expected = new long[c.span + 1];
                foreach (var b in data)
                {
                    if (b >= low && b <= high)
                    {
                        expected[b - low]++;
                    }
                }

                var widths = new List<Counter> { ByteHistogram.Count };
                if (Vector512.IsHardwareAccelerated)
                {
                    widths.Add(ByteHistogram.Count<ByteLanes512, Vector512<byte>>);
                }

                if (Vector256.IsHardwareAccelerated)
                {
                    widths.Add(ByteHistogram.Count<ByteLanes256, Vector256<byte>>);
                }

                if (Vector128.IsHardwareAccelerated)
                {
                    widths.Add(ByteHistogram.Count<ByteLanes128, Vector128<byte>>);
                }

                return widths.All(count =>
                {
                    var counts = new long[c.span + 1];
                    var bad = count(data, low, high, counts);
                    return bad == expectedBad && (bad >= 0 || counts.SequenceEqual(expected));
                });
            });
}
