using System.Collections.Immutable;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Tests.Metrics;

/// <summary>
/// Issue 13: the CSAT and CES sums of answers go through the shared 64-bit total guard, as every other count does. An
/// accumulator whose answers would add up past <see cref="long.MaxValue"/> is refused where it would be made (the call
/// throws an <see cref="ArgumentOutOfRangeException"/> naming its parameter; the accumulator it was called on is
/// unchanged), so that a result's sum and mean never overflow. Limits are hand-computed:
/// long.MaxValue = 9,223,372,036,854,775,807; / 5 = 1,844,674,407,370,955,161 (× 5 = …805, two below the maximum).
/// </summary>
public class RatingSumLimitTests
{
    private const long FifthOfMax = 1_844_674_407_370_955_161;

    [Fact]
    public void Csat_answers_summing_up_to_the_limit_are_kept_and_one_more_is_refused()
    {
        var full = CsatAccumulator.FromState(new CsatAccumulatorState([0, 0, 0, 0, FifthOfMax]));
        Assert.Equal(9_223_372_036_854_775_805, full.Result.SumOfScores);
        Assert.Equal(5d, full.Result.Mean);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => full.Add(CsatRating.Of(5)));
        Assert.Equal("rating", e.ParamName);
        Assert.Equal(FifthOfMax, full.Count);
        Assert.Equal(9_223_372_036_854_775_805, full.Result.SumOfScores);

        // Two points of headroom: a 1 and then a 2 would pass it (…805 + 1 = …806, + 2 = …808 > …807).
        var plusOne = full.Add(CsatRating.Of(1));
        Assert.Equal(9_223_372_036_854_775_806, plusOne.Result.SumOfScores);
        Assert.Throws<ArgumentOutOfRangeException>(() => plusOne.Add(CsatRating.Of(2)));
        Assert.Equal("observations", Assert.Throws<ArgumentOutOfRangeException>(() => plusOne.AddRange(new[] { CsatRating.Of(2) })).ParamName);
    }

    [Fact]
    public void Csat_states_and_combinations_past_the_limit_are_refused()
    {
        // Counts that fit (their total is below long.MaxValue) but whose answers do not: 5 × (FifthOfMax + 1) > max.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CsatAccumulator.FromState(new CsatAccumulatorState([0, 0, 0, 0, FifthOfMax + 1])));
        Assert.Equal("state.Distribution", e.ParamName);

        var half = CsatAccumulator.FromState(new CsatAccumulatorState([0, 0, 0, 0, (FifthOfMax / 2) + 1]));
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => CsatAccumulator.Combine(half, half)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => half + half);
        Assert.Equal(CsatAccumulator.Empty.Add(CsatRating.Of(4)), CsatAccumulator.Empty + CsatAccumulator.Empty.Add(CsatRating.Of(4)));
    }

    [Fact]
    public void Ces_answers_past_the_limit_are_refused_on_a_scale_from_zero_to_ten()
    {
        // Answer 10 weighs 10: 922,337,203,685,477,580 tens make …800, seven below the maximum; answer 0 weighs nothing.
        var scale = CesScale.Of(0, 10, CesDirection.HigherIsEasier);
        var counts = ImmutableArray.Create(5L, 0, 0, 0, 0, 0, 0, 0, 0, 0, 922_337_203_685_477_580);
        var full = CesAccumulator.FromState(new CesAccumulatorState(scale, counts));
        Assert.Equal(9_223_372_036_854_775_800d / 922_337_203_685_477_585d, full.Result.Mean);

        Assert.Equal("rating", Assert.Throws<ArgumentOutOfRangeException>(() => full.Add(CesRating.Of(8, scale))).ParamName);
        var seven = full.Add(CesRating.Of(7, scale));
        Assert.Equal(922_337_203_685_477_586, seven.Count);
        Assert.Equal(full.Add(CesRating.Of(0, scale)).Count, full.Count + 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => CesAccumulator.FromState(new CesAccumulatorState(scale, counts.SetItem(10, 922_337_203_685_477_581))));
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => CesAccumulator.Combine(full, full)).ParamName);
    }
}
