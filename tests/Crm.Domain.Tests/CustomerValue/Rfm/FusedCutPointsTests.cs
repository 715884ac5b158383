using Crm.Domain.CustomerValue.Rfm;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Rfm;

/// <summary>The one-pass fit of the three measures (<see cref="FusedCutPoints"/>) against the previous release's fit
/// (histogram selection per measure, itself checked against a sorted array by <c>OrderStatisticsTests</c>): small
/// samples reach every branch (ends answered by the counts, ranks inside a bracket, ranks a biased sample missed),
/// and degrees 1-4 give the same cut points bit for bit.</summary>
public class FusedCutPointsTests
{
    /// <summary>Kinds per measure: heavy ties (mostly 0), few distinct, cents, many exponents, sorted (a biased
    /// sample), constant.</summary>
    private static double Value(int kind, int v, int i) => kind switch
    {
        0 => v % 10 < 6 ? 0d : v % 7,
        1 => (v % 5) / 7d,
        2 => v / 100d,
        3 => Math.Pow(1.5, v % 200) * (v % 13),
        4 => i,
        _ => 3d,
    };

    [Property(MaxTest = 60)]
    public Property FusedFit_EqualsThePreviousFitAtEveryDegree() =>
        Prop.ForAll(
            (from n in Gen.OneOf(Gen.Choose(64, 6_000), Gen.Choose(16_000, 40_000))
             from seed in Gen.Choose(0, int.MaxValue)
             from kinds in Gen.Choose(0, 5).ArrayOf(3)
             from bins in Gen.Choose(RfmScore.MinBins, RfmScore.MaxBins)
             from sample in Gen.Elements(8, 32, 256, 8_192)
             from degree in Gen.Choose(1, 4)
             select (n, seed, kinds, bins, sample, degree)).ToArbitrary(),
            c =>
            {
                var random = new Random(c.seed);
                var population = new RfmObservation[c.n];
                for (var i = 0; i < c.n; i++)
                {
                    population[i] = RfmObservation.Create(
                        Value(c.kinds[0], random.Next(0, 1_000_000), i),
                        Value(c.kinds[1], random.Next(0, 1_000_000), i),
                        Value(c.kinds[2], random.Next(0, 1_000_000), c.n - i));
                }

                var fused = RfmScorer.FitFused(population, population, c.bins, c.sample, c.degree);
                var previous = RfmScorer.FitByHistogramSelection(population, c.bins);
                return (fused.RecencyThresholds.SequenceEqual(previous.RecencyThresholds)
                        && fused.FrequencyThresholds.SequenceEqual(previous.FrequencyThresholds)
                        && fused.MonetaryThresholds.SequenceEqual(previous.MonetaryThresholds))
                    .Label($"recency {string.Join(",", fused.RecencyThresholds)} / {string.Join(",", previous.RecencyThresholds)}");
            });

    [Property(MaxTest = 8)]
    public Property ParallelOverloads_EqualTheSingleThreadedOnesBitForBit() =>
        Prop.ForAll(
            (from n in Gen.Choose(2 * SampledSelection.DefaultSampleSize, 50_000)
             from seed in Gen.Choose(0, int.MaxValue)
             from degree in Gen.Choose(1, 4)
             from bins in Gen.Choose(RfmScore.MinBins, RfmScore.MaxBins)
             select (n, seed, degree, bins)).ToArbitrary(),
            c =>
            {
                var random = new Random(c.seed);
                var population = new RfmObservation[c.n];
                for (var i = 0; i < c.n; i++)
                {
                    var repeat = random.NextDouble() >= 0.6;
                    population[i] = RfmObservation.Create(
                        random.Next(0, 547) / 7d, repeat ? random.Next(1, 30) : 0, repeat ? random.Next(100, 20_000) / 100d : 0);
                }

                var single = new RfmScore[c.n];
                var parallel = new RfmScore[c.n];
                var one = RfmScorer.FitAndScore(population, single, c.bins);
                var many = RfmScorer.FitAndScore(population, parallel, c.bins, c.degree);
                var fitted = RfmScorer.Fit(population, c.bins, c.degree);
                return single.SequenceEqual(parallel)
                    && one.RecencyThresholds.SequenceEqual(many.RecencyThresholds)
                    && one.FrequencyThresholds.SequenceEqual(many.FrequencyThresholds)
                    && one.MonetaryThresholds.SequenceEqual(many.MonetaryThresholds)
                    && fitted.MonetaryThresholds.SequenceEqual(one.MonetaryThresholds);
            });

    [Fact]
    public void ParallelOverloads_RejectADegreeBelowOne()
    {
        var population = new[] { RfmObservation.Create(1, 2, 3) };
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmScorer.Fit(population, 5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmScorer.FitAndScore(population, new RfmScore[1], 5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmScorer.Fit(population).ScoreBatch(population, new RfmScore[1], 0));
    }
}
