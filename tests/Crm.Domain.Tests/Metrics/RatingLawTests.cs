using System.Globalization;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Tests.Metrics;

/// <summary>
/// The rating types' laws checked over their whole domain (every score from below the scale to above it, every pair,
/// every CES scale), written after Stryker showed the range checks of <c>TryOf</c>, the comparison operators,
/// <see cref="CesScale.Contains"/> and the <c>default</c> texts untested (issue 13, item 6). The domains are small,
/// so the loops are exhaustive rather than sampled.
/// </summary>
public class RatingLawTests
{
    private static readonly int[] Probes = Enumerable.Range(-3, 17).Append(int.MinValue).Append(int.MaxValue).ToArray();

    [Fact]
    public void NpsRating_TryOf_accepts_exactly_0_to_10_and_agrees_with_Of()
    {
        foreach (var score in Probes)
        {
            var inRange = score is >= 0 and <= 10;
            Assert.Equal(inRange, NpsRating.TryOf(score, out var rating));
            if (inRange)
            {
                Assert.Equal(NpsRating.Of(score), rating);
                Assert.Equal(score, rating.Score);
                Assert.False(rating.IsDefault);
                Assert.Equal(score.ToString(CultureInfo.InvariantCulture) + "/10", rating.ToString());
            }
            else
            {
                Assert.True(rating.IsDefault);
                Assert.Equal(0, rating.Score);
                Assert.Throws<ArgumentOutOfRangeException>(() => NpsRating.Of(score));
            }
        }
    }

    [Fact]
    public void CsatRating_TryOf_accepts_exactly_1_to_5_and_agrees_with_Of()
    {
        foreach (var score in Probes)
        {
            var inRange = score is >= 1 and <= 5;
            Assert.Equal(inRange, CsatRating.TryOf(score, out var rating));
            if (inRange)
            {
                Assert.Equal(CsatRating.Of(score), rating);
                Assert.Equal(score, rating.Score);
                Assert.Equal(score.ToString(CultureInfo.InvariantCulture) + "/5", rating.ToString());
            }
            else
            {
                Assert.True(rating.IsDefault);
                Assert.Throws<ArgumentOutOfRangeException>(() => CsatRating.Of(score));
            }
        }

        Assert.Equal("(no rating)", default(CsatRating).ToString());
    }

    [Fact]
    public void Nps_operators_agree_with_the_scores_for_every_pair()
    {
        for (var a = 0; a <= 10; a++)
        {
            for (var b = 0; b <= 10; b++)
            {
                var (x, y) = (NpsRating.Of(a), NpsRating.Of(b));
                Assert.Equal(((a < b), (a > b), (a <= b), (a >= b)), ((x < y), (x > y), (x <= y), (x >= y)));
                Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(x.CompareTo(y)));
            }
        }
    }

    [Fact]
    public void Csat_operators_agree_with_the_scores_for_every_pair()
    {
        for (var a = 1; a <= 5; a++)
        {
            for (var b = 1; b <= 5; b++)
            {
                var (x, y) = (CsatRating.Of(a), CsatRating.Of(b));
                Assert.Equal(((a < b), (a > b), (a <= b), (a >= b)), ((x < y), (x > y), (x <= y), (x >= y)));
                Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(x.CompareTo(y)));
            }
        }
    }

    [Fact]
    public void Ces_operators_agree_with_the_answers_for_every_pair()
    {
        var scale = CesScale.Of(0, 10, CesDirection.HigherIsEasier);
        for (var a = 0; a <= 10; a++)
        {
            for (var b = 0; b <= 10; b++)
            {
                var (x, y) = (CesRating.Of(a, scale), CesRating.Of(b, scale));
                Assert.Equal(((a < b), (a > b), (a <= b), (a >= b)), ((x < y), (x > y), (x <= y), (x >= y)));
                Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(x.CompareTo(y)));
            }
        }
    }

    [Fact]
    public void Ces_rating_text_and_default()
    {
        var rating = CesRating.Of(0, CesScale.Of(0, 4, CesDirection.LowerIsEasier));
        Assert.Equal(0, rating.Answer);
        Assert.False(rating.IsDefault);
        Assert.Equal("0", rating.ToString());
        Assert.Equal("7", CesRating.Of(7, CesScale.Agreement7).ToString());
        Assert.Equal("(no rating)", default(CesRating).ToString());
        Assert.Equal(0, default(CesRating).Answer);
    }

    [Fact]
    public void CesScale_Contains_exactly_its_answers_for_every_scale()
    {
        foreach (var direction in new[] { CesDirection.HigherIsEasier, CesDirection.LowerIsEasier })
        {
            for (var min = 0; min < 10; min++)
            {
                for (var max = min + 1; max <= 10; max++)
                {
                    var scale = CesScale.Of(min, max, direction);
                    Assert.Equal(max - min + 1, scale.Points);
                    foreach (var answer in Probes)
                    {
                        Assert.Equal(answer >= min && answer <= max, scale.Contains(answer));
                    }
                }
            }
        }
    }

    [Fact]
    public void Default_CesScale_contains_nothing_and_refuses_use_by_name()
    {
        var scale = default(CesScale);
        Assert.All(Probes, answer => Assert.False(scale.Contains(answer)));
        Assert.Equal(0, scale.Points);
        Assert.Equal("(no scale)", scale.ToString());
        var ex = Assert.Throws<ArgumentException>(() => scale.IsEasy(0));
        Assert.Equal("scale", ex.ParamName);
        Assert.Contains("default(CesScale)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CesScale_text_names_range_and_direction()
    {
        Assert.Equal("1–7 (HigherIsEasier)", CesScale.Agreement7.ToString());
        Assert.Equal("1–5 (LowerIsEasier)", CesScale.Effort5.ToString());
    }

    [Fact]
    public void CesScale_refuses_an_unspecified_direction_naming_it()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CesScale.Of(1, 5, CesDirection.Unspecified));
        Assert.Equal("direction", ex.ParamName);
        Assert.Contains("Unspecified", ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CesDirection.HigherIsEasier), ex.Message, StringComparison.Ordinal);
    }
}
