using Crm.Domain.CustomerValue.Rfm;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Rfm;

/// <summary>Populations big enough for the sampled fit (at least twice its 8,192-value sample), with heavy ties,
/// against a plain reference: pandas' <c>rank(method="min")</c> (1 + the number strictly below) binned as the scorer
/// documents, <c>min(b, 1 + floor(b (rank − 1) / n))</c>.</summary>
public class RfmScorerLargePropertyTests
{
    [Property(MaxTest = 12)]
    public Property Fit_EqualsTheRankMinReferenceAndThePreviousFit() =>
        Prop.ForAll(
            (from n in Gen.Choose(2 * SampledSelection.DefaultSampleSize, 60_000)
             from seed in Gen.Choose(0, int.MaxValue)
             from zeros in Gen.Elements(0.0, 0.6, 0.95)
             from bins in Gen.Choose(RfmScore.MinBins, RfmScore.MaxBins)
             select (n, seed, zeros, bins)).ToArbitrary(),
            c =>
            {
                var random = new Random(c.seed);
                var population = new RfmObservation[c.n];
                for (var i = 0; i < c.n; i++)
                {
                    var repeat = random.NextDouble() >= c.zeros;
                    population[i] = RfmObservation.Create(
                        random.Next(0, 547) / 7d,
                        repeat ? random.Next(1, 30) : 0,
                        repeat ? random.Next(100, 20_000) / 100d : 0);
                }

                var scorer = RfmScorer.Fit(population, c.bins);
                var previous = RfmScorer.FitByHistogramSelection(population, c.bins);
                var batch = new RfmScore[c.n];
                scorer.ScoreBatch(population, batch);
                var recency = population.Select(o => o.Recency).OrderBy(v => v).ToArray();
                var frequency = population.Select(o => o.Frequency).OrderBy(v => v).ToArray();
                var monetary = population.Select(o => o.Monetary).OrderBy(v => v).ToArray();
                for (var i = 0; i < c.n; i++)
                {
                    var o = population[i];
                    var expected = RfmScore.Create(
                        Bin(c.n - UpperBound(recency, o.Recency), c.n, c.bins),
                        Bin(LowerBound(frequency, o.Frequency), c.n, c.bins),
                        Bin(LowerBound(monetary, o.Monetary), c.n, c.bins),
                        c.bins);
                    if (batch[i] != expected || scorer.Score(o) != expected)
                    {
                        return false;
                    }
                }

                return scorer.RecencyThresholds.SequenceEqual(previous.RecencyThresholds)
                    && scorer.FrequencyThresholds.SequenceEqual(previous.FrequencyThresholds)
                    && scorer.MonetaryThresholds.SequenceEqual(previous.MonetaryThresholds);
            });

    /// <summary>The bin of a value with <paramref name="strictlyWorse"/> population values worse than it.</summary>
    private static int Bin(int strictlyWorse, int n, int bins) => Math.Min(bins, 1 + (int)((long)bins * strictlyWorse / n));

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
