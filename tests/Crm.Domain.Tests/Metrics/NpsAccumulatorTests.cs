using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics;

[AccumulatorLawsFor(typeof(NpsAccumulator))]
public class NpsAccumulatorTests
{
    private static NpsRating[] Ratings(params int[] scores) => scores.Select(NpsRating.Of).ToArray();

    [Fact]
    public void Result_FivePromotersThreePassivesTwoDetractors_Is30()
    {
        // By hand: 5/10 promoters − 2/10 detractors = 50 % − 20 % = 30 points.
        var r = NpsAccumulator.Empty.AddRange(Ratings(9, 10, 9, 10, 10, 7, 8, 7, 0, 6)).Result;
        Assert.Equal(5, r.Promoters);
        Assert.Equal(3, r.Passives);
        Assert.Equal(2, r.Detractors);
        Assert.Equal(10, r.Count);
        Assert.Equal(30d, r.Score!.Value, 12);
        Assert.Equal(0.5d, r.PromoterShare.Value!.Value, 12);
        Assert.Equal("NPS 30 (5 promoters, 3 passives, 2 detractors of 10)", r.ToString());
    }

    [Fact]
    public void Result_Extremes()
    {
        Assert.Equal(100d, NpsAccumulator.Empty.AddRange(Ratings(9, 10)).Result.Score);
        Assert.Equal(-100d, NpsAccumulator.Empty.AddRange(Ratings(0, 3, 6)).Result.Score);
        Assert.Equal(0d, NpsAccumulator.Empty.AddRange(Ratings(7, 8)).Result.Score);
        // 1 promoter, 2 detractors of 3: (1 − 2) / 3 = −33.33 points.
        Assert.Equal(-100d / 3d, NpsAccumulator.Empty.AddRange(Ratings(10, 1, 2)).Result.Score!.Value, 12);
    }

    [Fact]
    public void Result_NoAnswers_IsNoData()
    {
        var r = NpsAccumulator.Empty.Result;
        Assert.False(r.HasValue);
        Assert.Null(r.Score);
        Assert.False(r.PromoterShare.HasValue);
        Assert.Equal("NPS (no data)", r.ToString());
    }

    [Fact]
    public void Distribution_KeepsEachScore()
    {
        var acc = NpsAccumulator.Empty.AddRange(Ratings(0, 0, 5, 10));
        Assert.Equal(new long[] { 2L, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1 }, acc.Distribution.ToArray());
        Assert.Equal(2, acc.CountOf(NpsRating.Of(0)));
        Assert.Equal(acc, NpsAccumulator.FromState(new NpsAccumulatorState(acc.Distribution)));
    }

    [Fact]
    public void Add_Default_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => NpsAccumulator.Empty.Add(default));
        Assert.Equal("rating", ex.ParamName);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(40, 33)]
    [InlineData(9000, 8500)]
    public void AddRange_DefaultInBatch_ThrowsNamingIndex(int length, int index)
    {
        var ratings = Enumerable.Repeat(NpsRating.Of(9), length).ToArray();
        ratings[index] = default;
        var ex = Assert.Throws<ArgumentException>(() => NpsAccumulator.Empty.AddRange(ratings));
        Assert.Equal("observations", ex.ParamName);
        Assert.Contains($"observations[{index}]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 10]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromState_Bad_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NpsAccumulator.FromState(new NpsAccumulatorState([1, 2, 3])));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NpsAccumulator.FromState(new NpsAccumulatorState([0, 0, 0, -4, 0, 0, 0, 0, 0, 0, 0])));
        Assert.Contains("state.Distribution[3]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-4", ex.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 60)]
    public void Laws(NpsRating[] a, NpsRating[] b, NpsRating[] c) =>
        AccumulatorLaws.Hold<NpsAccumulator, NpsRating, NpsResult, NpsAccumulatorState>(
            NpsAccumulator.Empty, a, b, c, (acc, xs) => acc.AddRange(xs),
            r => r.HasValue ? r.Score is >= -100d and <= 100d && r.Promoters + r.Passives + r.Detractors == r.Count : r.Score is null);
}
