using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Rfm;

namespace Crm.Domain.Tests.CustomerValue.Rfm;

public class RfmScorerTests
{
    private static RfmObservation[] Population(double[] recency, double[] frequency, double[] monetary) =>
        recency.Select((r, i) => RfmObservation.Create(r, frequency[i], monetary[i])).ToArray();

    [Fact]
    public void Score_TenDistinctValues_GivesTwoCustomersPerQuintile()
    {
        // Frequency 1..10: L(v) = v - 1, score = 1 + floor(5 (v - 1) / 10) = 1,1,2,2,3,3,4,4,5,5.
        // Recency 1..10 (lower is better): G(v) = 10 - v, score = 1 + floor(5 (10 - v) / 10) = 5,5,4,4,3,3,2,2,1,1.
        var values = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        var population = Population(values, values, values.Select(v => v * 10).ToArray());
        var scorer = RfmScorer.Fit(population);

        var scores = population.Select(scorer.Score).ToArray();

        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Select(s => s.Frequency));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Select(s => s.Monetary));
        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], scores.Select(s => s.Recency));
        Assert.Equal([2d, 4d, 6d, 8d], scorer.FrequencyThresholds.ToArray());
        Assert.Equal([9d, 7d, 5d, 3d], scorer.RecencyThresholds.ToArray());
        Assert.Equal("511", scores[0].Code);
    }

    [Fact]
    public void Score_HeavyTies_FollowTheMinimumRankRule()
    {
        // Frequencies 0 x6, 1, 2, 3, 4. L(0) = 0 -> 1; L(1) = 6 -> 1 + floor(3) = 4; L(2) = 7 -> 1 + floor(3.5) = 4;
        // L(3) = 8 -> 5; L(4) = 9 -> 5. Equal values share a score; F = 2 and 3 never occur.
        double[] frequency = [0, 0, 0, 0, 0, 0, 1, 2, 3, 4];
        var population = Population(new double[10], frequency, new double[10]);
        var scorer = RfmScorer.Fit(population);

        Assert.Equal([1, 1, 1, 1, 1, 1, 4, 4, 5, 5], population.Select(o => scorer.Score(o).Frequency));

        // Everyone equal: everyone gets score 1 in every measure.
        Assert.All(population, o => Assert.Equal(1, scorer.Score(o).Monetary));
        Assert.All(population, o => Assert.Equal(1, scorer.Score(o).Recency));
    }

    [Fact]
    public void Score_TwoBins_SplitsAtTheMedian()
    {
        double[] v = [4, 1, 3, 2];
        var scorer = RfmScorer.Fit(Population(v, v, v), bins: 2);

        Assert.Equal(2, scorer.Score(RfmObservation.Create(1, 3, 3)).Frequency);
        Assert.Equal(1, scorer.Score(RfmObservation.Create(1, 2, 2)).Frequency);
        Assert.Equal(2, scorer.Score(RfmObservation.Create(2, 0, 0)).Recency);
        Assert.Equal(1, scorer.Score(RfmObservation.Create(3, 0, 0)).Recency);
    }

    [Fact]
    public void Score_NewCustomerOutsideThePopulation_IsClampedToTheScale()
    {
        double[] v = [1, 2, 3, 4, 5];
        var scorer = RfmScorer.Fit(Population(v, v, v));

        var best = scorer.Score(RfmObservation.Create(0, 100, 1e9));
        var worst = scorer.Score(RfmObservation.Create(1e9, 0, 0));

        Assert.Equal(RfmScore.Create(5, 5, 5), best);
        Assert.Equal(RfmScore.Create(1, 1, 1), worst);
    }

    [Fact]
    public void FitSummaries_UsesAgeMinusRecencyFrequencyAndMonetary()
    {
        CustomerSummary[] summaries =
        [
            CustomerSummary.Create(0, 0, 30),      // recency 30, x 0, m 0
            CustomerSummary.Create(5, 29, 30, 50), // recency 1, x 5, m 50
        ];
        var scorer = RfmScorer.FitSummaries(summaries, bins: 2);

        Assert.Equal(RfmScore.Create(1, 1, 1, 2), scorer.Score(RfmObservation.FromSummary(summaries[0])));
        Assert.Equal(RfmScore.Create(2, 2, 2, 2), scorer.Score(RfmObservation.FromSummary(summaries[1])));
    }

    [Fact]
    public void FitAndScore_EqualsFitThenScoreEach()
    {
        var random = new Random(7);
        var population = Enumerable.Range(0, 500)
            .Select(_ => RfmObservation.Create(random.Next(0, 40), random.Next(0, 6), random.Next(0, 3) * 10.5))
            .ToArray();
        var destination = new RfmScore[population.Length];

        var scorer = RfmScorer.FitAndScore(population, destination, bins: 4);

        Assert.Equal(population.Select(scorer.Score), destination);
        Assert.Equal(500, scorer.PopulationSize);
    }

    [Fact]
    public void Fit_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => RfmScorer.Fit(ReadOnlySpan<RfmObservation>.Empty));
        var one = new[] { RfmObservation.Create(1, 1, 1) };
        Assert.Equal("bins", Assert.Throws<ArgumentOutOfRangeException>(() => RfmScorer.Fit(one, 1)).ParamName);
        Assert.Equal("bins", Assert.Throws<ArgumentOutOfRangeException>(() => RfmScorer.Fit(one, 11)).ParamName);
        Assert.Throws<ArgumentException>(() => RfmScorer.Fit(one).ScoreBatch(one, new RfmScore[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmObservation.Create(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmObservation.Create(0, double.NaN, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmObservation.Create(0, 0, double.PositiveInfinity));
    }

    [Fact]
    public void RfmScore_Create_ValidatesRanges()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmScore.Create(0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmScore.Create(1, 6, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmScore.Create(1, 1, 1, 1));
        Assert.True(default(RfmScore).IsDefault);
        Assert.Equal(12, RfmScore.Create(5, 4, 3).Total);
        Assert.Equal("10-1-5", RfmScore.Create(10, 1, 5, 10).Code);
        Assert.Equal("R5 F4 M3 (of 5)", RfmScore.Create(5, 4, 3).ToString());
    }
}
