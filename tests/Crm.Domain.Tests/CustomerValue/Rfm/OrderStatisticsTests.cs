using Crm.Domain.CustomerValue.Rfm;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Rfm;

public class OrderStatisticsTests
{
    [Property(MaxTest = 150)]
    public Property SelectInplace_EqualsSortedArray() =>
        Prop.ForAll(
            (from n in Gen.OneOf(Gen.Choose(1, 40), Gen.Choose(1, 1500))
             from range in Gen.Elements(1, 5, 1000)
             from values in Gen.Choose(0, range).ArrayOf(n)
             from k in Gen.Choose(1, 9)
             select (values, k)).ToArbitrary(),
            c =>
            {
                var data = c.values.Select(v => (double)v).ToArray();
                var sorted = data.OrderBy(v => v).ToArray();
                var ranks = Enumerable.Range(1, c.k).Select(i => (int)((long)i * (data.Length - 1) / c.k)).Distinct().ToArray();
                var results = new double[ranks.Length];
                OrderStatistics.SelectInplace(data, ranks, results);
                return ranks.Select(r => sorted[r]).SequenceEqual(results);
            });
}

public class OrderStatisticsRadixTests
{
    [Property(MaxTest = 60)]
    public Property SelectNonNegative_EqualsSortedArrayAndLeavesDataUnchanged() =>
        Prop.ForAll(
            (from n in Gen.OneOf(Gen.Choose(1, 50), Gen.Choose(OrderStatistics.RadixThreshold, OrderStatistics.RadixThreshold * 3))
             from kind in Gen.Choose(0, 3)
             from values in Gen.Choose(0, 1_000_000).ArrayOf(n)
             from k in Gen.Choose(1, 9)
             select (values, kind, k)).ToArbitrary(),
            c =>
            {
                // Kinds: heavy ties (mostly 0), few distinct, cents, values spread over many exponents.
                var data = c.values.Select(v => c.kind switch
                {
                    0 => v % 10 < 6 ? 0d : v % 7,
                    1 => (v % 5) / 7d,
                    2 => v / 100d,
                    _ => Math.Pow(1.5, v % 200) * (v % 13),
                }).ToArray();
                var before = data.ToArray();
                var sorted = data.OrderBy(v => v).ToArray();
                var ranks = Enumerable.Range(1, c.k).Select(i => (int)((long)i * (data.Length - 1) / c.k)).Distinct().ToArray();
                var results = new double[ranks.Length];
                OrderStatistics.SelectNonNegative(data, ranks, results);
                return ranks.Select(r => sorted[r]).SequenceEqual(results) && before.SequenceEqual(data);
            });

    [Fact]
    public void SelectNonNegative_NegativeZero_OrdersAsZero()
    {
        var data = Enumerable.Range(0, OrderStatistics.RadixThreshold).Select(i => i % 2 == 0 ? -0d : 1d).ToArray();
        var results = new double[2];
        OrderStatistics.SelectNonNegative(data, [0, data.Length - 1], results);
        Assert.Equal([0d, 1d], results);
    }

    [Property(MaxTest = 60)]
    public Property SelectInRange_EqualsSortedArrayAndLeavesDataUnchanged() =>
        Prop.ForAll(
            (from n in Gen.OneOf(Gen.Choose(1, 50), Gen.Choose(OrderStatistics.RadixThreshold, OrderStatistics.RadixThreshold * 3))
             from kind in Gen.Choose(0, 4)
             from values in Gen.Choose(0, 1_000_000).ArrayOf(n)
             from k in Gen.Choose(1, 9)
             select (values, kind, k)).ToArbitrary(),
            c =>
            {
                // Kinds: a narrow band of sevenths (RFM recency: heavy ties), cents in a band, a band near 1e300,
                // values crowding one end, a band narrower than 4,096 ulps (buckets coarser than the doubles).
                var data = c.values.Select(v => c.kind switch
                {
                    0 => 14.5 + (Math.Round(v % 3_000 / 100d * 7) / 7),
                    1 => 21.27 + (v % 1_337 / 100d),
                    2 => 1e300 * (1 + (v % 977 / 1e3)),
                    3 => v % 10 < 8 ? 30d : 30 + (v % 1_000 / 1e3),
                    _ => Math.BitIncrement(1d) * (1 + (v % 9 * 1e-16)),
                }).ToArray();
                var before = data.ToArray();
                var sorted = data.OrderBy(v => v).ToArray();
                var ranks = Enumerable.Range(1, c.k).Select(i => (int)((long)i * (data.Length - 1) / c.k)).Distinct().ToArray();
                var results = new double[ranks.Length];
                OrderStatistics.SelectInRange(data, ranks, results, sorted[0], sorted[^1]);
                return ranks.Select(r => sorted[r]).SequenceEqual(results) && before.SequenceEqual(data);
            });

    [Fact]
    public void SelectInRange_OneValue_TakesTheTopBitsBuckets()
    {
        // min = max: the equal-width scale is infinite, so the selection falls back to the top bits' buckets.
        var data = Enumerable.Repeat(2.5, OrderStatistics.RadixThreshold * 2).ToArray();
        var results = new double[2];
        OrderStatistics.SelectInRange(data, [0, data.Length - 1], results, 2.5, 2.5);
        Assert.Equal([2.5, 2.5], results);
    }
}
