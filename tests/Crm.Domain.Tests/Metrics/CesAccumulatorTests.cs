using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics;

[AccumulatorLawsFor(typeof(CesAccumulator))]
public class CesAccumulatorTests
{
    private static CesRating[] Answers(CesScale scale, params int[] answers) => answers.Select(a => CesRating.Of(a, scale)).ToArray();

    [Fact]
    public void Result_Agreement7_HandComputed()
    {
        // 7, 6, 5, 5, 4, 2, 1, 7, 6, 3: easy (5–7) = 6 of 10; mean = 46 / 10 = 4.6.
        var scale = CesScale.Agreement7;
        var r = CesAccumulator.For(scale).AddRange(Answers(scale, 7, 6, 5, 5, 4, 2, 1, 7, 6, 3)).Result;
        Assert.Equal(10, r.Count);
        Assert.Equal(6, r.Easy);
        Assert.Equal(0.6d, r.EasyShare.Value!.Value, 12);
        Assert.Equal(4.6d, r.Mean!.Value, 12);
        Assert.Equal(new long[] { 1L, 1, 1, 1, 2, 2, 2 }, r.Distribution.ToArray());
        Assert.Equal(scale, r.Scale);
    }

    [Fact]
    public void Result_Effort5_LowerIsEasier()
    {
        // 1, 1, 2, 3, 5: easy (1–2) = 3 of 5; mean = 12 / 5 = 2.4.
        var scale = CesScale.Effort5;
        var r = CesAccumulator.For(scale).AddRange(Answers(scale, 1, 1, 2, 3, 5)).Result;
        Assert.Equal(3, r.Easy);
        Assert.Equal(2.4d, r.Mean!.Value, 12);
    }

    [Fact]
    public void Result_NoAnswers_IsNoData()
    {
        var r = CesAccumulator.For(CesScale.Effort5).Result;
        Assert.False(r.HasValue);
        Assert.Null(r.Mean);
        Assert.Null(r.EasyShare.Value);
        Assert.Equal("CES (no data)", r.ToString());
        Assert.False(CesAccumulator.Empty.Result.HasValue);
    }

    [Fact]
    public void Combine_DifferentScales_Throws()
    {
        var a = CesAccumulator.For(CesScale.Agreement7).Add(CesRating.Of(5, CesScale.Agreement7));
        var b = CesAccumulator.For(CesScale.Effort5).Add(CesRating.Of(5, CesScale.Effort5));
        var ex = Assert.Throws<ArgumentException>(() => a + b);
        Assert.Contains("different scales", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CesAccumulator.For(CesScale.Agreement7) + CesAccumulator.For(CesScale.Effort5));
    }

    [Fact]
    public void Empty_HasNoScale_AndCannotTakeAnswers()
    {
        Assert.Throws<InvalidOperationException>(() => CesAccumulator.Empty.Add(CesRating.Of(3, CesScale.Effort5)));
        Assert.Throws<InvalidOperationException>(() => CesAccumulator.Empty.AddRange(ReadOnlySpan<CesRating>.Empty));
        Assert.Throws<ArgumentException>(() => CesAccumulator.For(default));
    }

    [Fact]
    public void Add_OffScaleOrDefault_Throws()
    {
        var acc = CesAccumulator.For(CesScale.Effort5);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => acc.Add(CesRating.Of(7, CesScale.Agreement7)));
        Assert.Contains("[1, 5]", ex.Message, StringComparison.Ordinal);
        Assert.Equal("rating", Assert.Throws<ArgumentOutOfRangeException>(() => acc.Add(default)).ParamName);
    }

    [Theory]
    [InlineData(5, 4, 6)]
    [InlineData(64, 63, 0)]
    [InlineData(9000, 8200, 7)]
    public void AddRange_OffScale_ThrowsNamingIndexAndAnswer(int length, int index, int answer)
    {
        var scale = CesScale.Effort5;
        var answers = Enumerable.Repeat(CesRating.Of(2, scale), length).ToArray();
        answers[index] = CesRating.Of(answer, CesScale.Of(0, 10, CesDirection.HigherIsEasier));
        var ex = Assert.Throws<ArgumentException>(() => CesAccumulator.For(scale).AddRange(answers));
        Assert.Contains($"observations[{index}] is answer {answer}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[1, 5]", ex.Message, StringComparison.Ordinal);
        answers[index] = default;
        Assert.Contains("default(CesRating)", Assert.Throws<ArgumentException>(() => CesAccumulator.For(scale).AddRange(answers)).Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 60)]
    public void Laws(CesCase sample) =>
        AccumulatorLaws.Hold<CesAccumulator, CesRating, CesResult, CesAccumulatorState>(
            CesAccumulator.For(sample.Scale), sample.A, sample.B, sample.C, (acc, xs) => acc.AddRange(xs),
            r => AccumulatorLaws.IsRate(r.EasyShare)
                 && (r.HasValue ? r.Mean >= r.Scale.Min && r.Mean <= r.Scale.Max : r.Mean is null));
}
