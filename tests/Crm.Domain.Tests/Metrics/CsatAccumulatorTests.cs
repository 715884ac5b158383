using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics;

[AccumulatorLawsFor(typeof(CsatAccumulator))]
public class CsatAccumulatorTests
{
    private static CsatRating[] Ratings(params int[] scores) => scores.Select(CsatRating.Of).ToArray();

    [Fact]
    public void Result_HandComputed()
    {
        // 1, 2, 3, 4, 4, 5, 5, 5: satisfied (4–5) = 5 of 8 = 62.5 %; mean = 29 / 8 = 3.625.
        var r = CsatAccumulator.Empty.AddRange(Ratings(1, 2, 3, 4, 4, 5, 5, 5)).Result;
        Assert.Equal(5, r.Satisfied);
        Assert.Equal(8, r.Count);
        Assert.Equal(0.625d, r.Satisfaction.Value!.Value, 12);
        Assert.Equal(29, r.SumOfScores);
        Assert.Equal(3.625d, r.Mean!.Value, 12);
        Assert.Equal(new long[] { 1L, 1, 1, 2, 3 }, r.Distribution.ToArray());
        Assert.Equal("CSAT 62.5 % (5 of 8 satisfied), mean 3.63", r.ToString());
    }

    [Fact]
    public void Result_NoAnswers_IsNoData()
    {
        var r = CsatAccumulator.Empty.Result;
        Assert.False(r.HasValue);
        Assert.Null(r.Mean);
        Assert.Null(r.Satisfaction.Value);
    }

    [Fact]
    public void Add_Default_Throws() =>
        Assert.Equal("rating", Assert.Throws<ArgumentException>(() => CsatAccumulator.Empty.Add(default)).ParamName);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(33, 32)]
    [InlineData(1000, 517)]
    [InlineData(20_000, 19_999)]
    public void AddRange_UninitialisedDefault_ThrowsNamingIndex(int length, int index)
    {
        // An array allocated but not filled holds default(CsatRating), byte 0, off the 1–5 scale: never counted.
        var ratings = Enumerable.Repeat(CsatRating.Of(4), length).ToArray();
        ratings[index] = default;
        var ex = Assert.Throws<ArgumentException>(() => CsatAccumulator.Empty.AddRange(ratings));
        Assert.Contains($"observations[{index}]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[1, 5]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CsatAccumulator.Empty.AddRange(new CsatRating[length]));
    }

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 60)]
    public void Laws(CsatRating[] a, CsatRating[] b, CsatRating[] c) =>
        AccumulatorLaws.Hold<CsatAccumulator, CsatRating, CsatResult, CsatAccumulatorState>(
            CsatAccumulator.Empty, a, b, c, (acc, xs) => acc.AddRange(xs),
            r => AccumulatorLaws.IsRate(r.Satisfaction) && (r.HasValue ? r.Mean is >= 1d and <= 5d : r.Mean is null));
}
