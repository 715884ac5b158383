using Crm.Domain.Campaigns;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Campaigns;

public class ControlGroupHashTests
{
    // Pinned values from an independent Python implementation of the documented method (FNV-1a 64 over the UTF-16
    // code units, offset basis XOR SplitMix64(seed), then the SplitMix64 finaliser): the hold-out must never change
    // between versions, machines or processes.
    [Theory]
    [InlineData(0UL, "C000001", 5077490296712693247UL)]
    [InlineData(7UL, "C000001", 1180108489802838780UL)]
    [InlineData(7UL, "ACME-42", 1628197022203966766UL)]
    public void Of_IsStable(ulong seed, string id, ulong expected) =>
        Assert.Equal(expected, ControlGroupHash.Of(seed, CustomerId.Of(id)));

    [Fact]
    public void Of_IsRoughlyUniform()
    {
        // 10,000 ids into 10 buckets by the top bits: each bucket near 1,000 (chi-square with 9 df < 27.9, p = 0.001).
        var buckets = new int[10];
        for (var i = 0; i < 10_000; i++)
        {
            buckets[(int)(ControlGroupHash.Of(3, CustomerId.Of($"C{i}")) / (ulong.MaxValue / 10 + 1))]++;
        }

        var chi2 = buckets.Sum(b => (b - 1000d) * (b - 1000d) / 1000d);
        Assert.True(chi2 < 27.9, $"chi-square {chi2}");
    }
}
