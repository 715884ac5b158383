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
