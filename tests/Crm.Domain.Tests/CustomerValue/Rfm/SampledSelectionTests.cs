using Crm.Domain.CustomerValue.Rfm;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Rfm;

public class SampledSelectionTests
{
    [Property(MaxTest = 80)]
    public Property Select_EqualsSortedArrayAndLeavesDataUnchanged() =>
        Prop.ForAll(
            (from n in Gen.Choose(64, 6_000)
             from kind in Gen.Choose(0, 4)
             from values in Gen.Choose(0, 1_000_000).ArrayOf(n)
             from k in Gen.Choose(1, 9)
             from sample in Gen.Elements(8, 32, 256)
             select (values, kind, k, sample)).ToArbitrary(),
            c =>
            {
                // Kinds: heavy ties (mostly 0), few distinct, cents, many exponents, sorted input (a biased sample).
                var data = c.values.Select((v, i) => c.kind switch
                {
                    0 => v % 10 < 6 ? 0d : v % 7,
                    1 => (v % 5) / 7d,
                    2 => v / 100d,
                    3 => Math.Pow(1.5, v % 200) * (v % 13),
                    _ => (double)i,
                }).ToArray();
                var before = data.ToArray();
                var sorted = data.OrderBy(v => v).ToArray();
                var ranks = Enumerable.Range(1, c.k).Select(i => (int)((long)i * (data.Length - 1) / c.k)).Distinct().ToArray();
                var results = new double[ranks.Length];
                SampledSelection.Select(data, ranks, results, c.sample);
                return ranks.Select(r => sorted[r]).SequenceEqual(results) && before.SequenceEqual(data);
            });
}
