using Crm.Domain.CustomerValue.Rfm;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Rfm;

/// <summary>A population (with deliberate ties: small integer ranges), a bin count, and extra probes.</summary>
public sealed record RfmCase(RfmObservation[] Population, int Bins, RfmObservation[] Probes)
{
    public override string ToString() => $"bins={Bins} n={Population.Length} [{string.Join("; ", Population)}]";
}

public static class RfmArbitraries
{
    private static Gen<RfmObservation> Observation() =>
        from range in Gen.Elements(3, 20, 1_000_000)
        from r in Gen.Choose(0, range)
        from f in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, range))
        from m in Gen.Choose(0, range)
        select RfmObservation.Create(r / 7d, f, m / 100d);

    public static Arbitrary<RfmCase> Cases() =>
        (from n in Gen.OneOf(Gen.Choose(1, 12), Gen.Choose(1, 300))
         from population in Observation().ArrayOf(n)
         from bins in Gen.Choose(RfmScore.MinBins, RfmScore.MaxBins)
         from probes in Observation().ArrayOf(10)
         select new RfmCase(population, bins, probes)).ToArbitrary();
}

public class RfmScorerPropertyTests
{
    [Property(Arbitrary = [typeof(RfmArbitraries)], MaxTest = 200)]
    public bool Scores_AreWithinOneToBins(RfmCase c)
    {
        var scorer = RfmScorer.Fit(c.Population, c.Bins);
        return c.Population.Concat(c.Probes).Select(scorer.Score).All(s =>
            s.Bins == c.Bins && s.Recency is >= 1 && s.Recency <= c.Bins && s.Frequency >= 1 && s.Frequency <= c.Bins
            && s.Monetary >= 1 && s.Monetary <= c.Bins);
    }

    [Property(Arbitrary = [typeof(RfmArbitraries)], MaxTest = 200)]
    public bool Scores_AreMonotone(RfmCase c)
    {
        // Sorted by a measure, the scores of that measure never go down (up, for recency).
        var scorer = RfmScorer.Fit(c.Population, c.Bins);
        var scored = c.Population.Concat(c.Probes).Select(o => (Observation: o, Score: scorer.Score(o))).ToArray();
        static bool NonDecreasing(IEnumerable<int> xs) => xs.Zip(xs.Skip(1)).All(p => p.First <= p.Second);
        return NonDecreasing(scored.OrderBy(p => p.Observation.Frequency).Select(p => p.Score.Frequency))
            && NonDecreasing(scored.OrderBy(p => p.Observation.Monetary).Select(p => p.Score.Monetary))
            && NonDecreasing(scored.OrderByDescending(p => p.Observation.Recency).Select(p => p.Score.Recency))
            && scored.GroupBy(p => p.Observation).All(g => g.Select(p => p.Score).Distinct().Count() == 1);
    }

    [Property(Arbitrary = [typeof(RfmArbitraries)], MaxTest = 200)]
    public bool Scores_EqualTheRankFormula(RfmCase c)
    {
        // The documented rule, computed the slow way: min(b, 1 + floor(b * L / n)), L = count strictly below (above
        // for recency).
        var scorer = RfmScorer.Fit(c.Population, c.Bins);
        var n = c.Population.Length;
        int Expected(int count) => Math.Min(c.Bins, 1 + (int)((long)c.Bins * count / n));
        return c.Population.Take(40).Concat(c.Probes).All(o =>
        {
            var s = scorer.Score(o);
            return s.Frequency == Expected(c.Population.Count(p => p.Frequency < o.Frequency))
                && s.Monetary == Expected(c.Population.Count(p => p.Monetary < o.Monetary))
                && s.Recency == Expected(c.Population.Count(p => p.Recency > o.Recency));
        });
    }

    [Property(Arbitrary = [typeof(RfmArbitraries)], MaxTest = 100)]
    public bool Batch_EqualsSingle(RfmCase c)
    {
        var scorer = RfmScorer.Fit(c.Population, c.Bins);
        var batch = new RfmScore[c.Population.Length];
        scorer.ScoreBatch(c.Population, batch);
        var segments = RfmSegmentation.Standard();
        var indices = new int[batch.Length];
        segments.ClassifyBatch(batch, indices);
        return batch.SequenceEqual(c.Population.Select(scorer.Score))
            && indices.SequenceEqual(batch.Select(segments.IndexOf));
    }

    [Property(Arbitrary = [typeof(RfmArbitraries)], MaxTest = 100)]
    public bool Scores_DoNotDependOnPopulationOrder(RfmCase c)
    {
        var forward = RfmScorer.Fit(c.Population, c.Bins);
        var backward = RfmScorer.Fit(c.Population.Reverse().ToArray(), c.Bins);
        return c.Probes.All(p => forward.Score(p) == backward.Score(p));
    }
}
