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
}
