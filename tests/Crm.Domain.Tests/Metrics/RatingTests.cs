using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Tests.Metrics;

public class RatingTests
{
    [Theory]
    [InlineData(0, false, false, true)]
    [InlineData(6, false, false, true)]
    [InlineData(7, false, true, false)]
    [InlineData(8, false, true, false)]
    [InlineData(9, true, false, false)]
    [InlineData(10, true, false, false)]
    public void NpsRating_Of_Categorises(int score, bool promoter, bool passive, bool detractor)
    {
        var r = NpsRating.Of(score);
        Assert.Equal(score, r.Score);
        Assert.Equal((promoter, passive, detractor), (r.IsPromoter, r.IsPassive, r.IsDetractor));
        Assert.False(r.IsDefault);
    }

    [Fact]
    public void NpsRating_Default_IsNotAScoreOfZero()
    {
        NpsRating d = default;
        Assert.True(d.IsDefault);
        Assert.NotEqual(NpsRating.Of(0), d);
        Assert.False(d.IsDetractor);
        Assert.Equal("(no rating)", d.ToString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void NpsRating_OffScale_ThrowsNamingValueAndRange(int score)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NpsRating.Of(score));
        Assert.Equal("score", ex.ParamName);
        Assert.Contains("[0, 10]", ex.Message, StringComparison.Ordinal);
        Assert.Contains(score.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.False(NpsRating.TryOf(score, out _));
    }

    [Fact]
    public void Ratings_AreOneByte_AndOrdered()
    {
        Assert.Equal(1, System.Runtime.CompilerServices.Unsafe.SizeOf<NpsRating>());
        Assert.Equal(1, System.Runtime.CompilerServices.Unsafe.SizeOf<CsatRating>());
        Assert.Equal(1, System.Runtime.CompilerServices.Unsafe.SizeOf<CesRating>());
        Assert.True(NpsRating.Of(3) < NpsRating.Of(9));
        Assert.True(CsatRating.Of(5) > CsatRating.Of(1));
        Assert.True(CesRating.Of(2, CesScale.Effort5) <= CesRating.Of(2, CesScale.Effort5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void CsatRating_OffScale_ThrowsNamingRange(int score)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CsatRating.Of(score));
        Assert.Equal("score", ex.ParamName);
        Assert.Contains("[1, 5]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsatRating_SatisfiedIsFourAndFive()
    {
        Assert.Equal([false, false, false, true, true], Enumerable.Range(1, 5).Select(s => CsatRating.Of(s).IsSatisfied));
        Assert.True(default(CsatRating).IsDefault);
        Assert.True(CsatRating.TryOf(3, out var three) && three.Score == 3);
    }

    [Fact]
    public void CesScale_EasyRule_IsStrictlyPastTheMidpoint()
    {
        // CES 2.0 (1–7 agreement): 5, 6, 7 ("somewhat agree" and above) are easy; 4 is neutral.
        Assert.Equal([false, false, false, false, true, true, true], Enumerable.Range(1, 7).Select(CesScale.Agreement7.IsEasy));
        // CES 1.0 (1–5 effort, lower is easier): 1 and 2 are easy; 3 is neutral.
        Assert.Equal([true, true, false, false, false], Enumerable.Range(1, 5).Select(CesScale.Effort5.IsEasy));
        // 1–10 higher is easier: midpoint 5.5, so 6..10 are easy.
        var ten = CesScale.Of(1, 10, CesDirection.HigherIsEasier);
        Assert.Equal(5, Enumerable.Range(1, 10).Count(ten.IsEasy));
        Assert.False(ten.IsEasy(5));
        Assert.True(ten.IsEasy(6));
    }

    [Fact]
    public void CesScale_BadBounds_Throw()
    {
        Assert.Contains("[0, 9]", Assert.Throws<ArgumentOutOfRangeException>(() => CesScale.Of(-1, 5, CesDirection.LowerIsEasier)).Message, StringComparison.Ordinal);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CesScale.Of(5, 5, CesDirection.LowerIsEasier));
        Assert.Equal("max", ex.ParamName);
        Assert.Contains("[6, 10]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CesScale.Of(1, 11, CesDirection.LowerIsEasier));
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => CesScale.Of(1, 5, CesDirection.Unspecified)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => CesScale.Of(1, 5, (CesDirection)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => CesScale.Effort5.IsEasy(6));
    }

    [Fact]
    public void CesRating_IsJudgedAgainstItsScale()
    {
        Assert.Equal(7, CesRating.Of(7, CesScale.Agreement7).Answer);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CesRating.Of(7, CesScale.Effort5));
        Assert.Equal("answer", ex.ParamName);
        Assert.Contains("[1, 5]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CesRating.Of(3, default));
        Assert.True(default(CesRating).IsDefault);
        Assert.NotEqual(CesRating.Of(0, CesScale.Of(0, 10, CesDirection.HigherIsEasier)), default);
    }
}
