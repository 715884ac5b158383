using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Indices;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Metrics;

/// <summary>States that no accumulator can reach are refused by FromState (an ArgumentException naming the member and
/// the value), and through JSON (a JsonException); reachable ones come back equal.</summary>
public class AccumulatorStateTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly WeightedIndex Small = WeightedIndex.Create("Small", 1, 5, [IndexItem.Of("a"), IndexItem.Of("b", 2)]);
    private static readonly Instant T0 = Instant.FromUtc(2026, 5, 4, 9, 0);

    private static void Refused(Action fromState, string member)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(fromState);
        Assert.Contains(member, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RatingCounts_Invalid_AreRefused()
    {
        Refused(() => NpsAccumulator.FromState(new NpsAccumulatorState([1, 2, 3])), "state.Distribution must hold exactly 11 counts; it held 3");
        Refused(() => NpsAccumulator.FromState(new NpsAccumulatorState(default)), "state.Distribution");
        Refused(() => NpsAccumulator.FromState(new NpsAccumulatorState([long.MaxValue, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])), "add up past");
        Refused(() => CsatAccumulator.FromState(new CsatAccumulatorState([0, 0, -2, 0, 0])), "state.Distribution[2] must be a count >= 0; it was -2");
        Refused(() => CesAccumulator.FromState(new CesAccumulatorState(null, [1])), "state.Distribution must hold exactly 0 counts");
        Refused(() => CesAccumulator.FromState(new CesAccumulatorState(CesScale.Effort5, [1, 1, 1, 1, 1, 1, 1])), "exactly 5 counts; it held 7");
        Refused(() => CesAccumulator.FromState(new CesAccumulatorState(default(CesScale), [])), "default(CesScale)");
        Assert.Throws<ArgumentNullException>(() => NpsAccumulator.FromState(null!));
    }

    [Fact]
    public void RateCounts_Invalid_AreRefused()
    {
        Refused(() => FirstContactResolutionAccumulator.FromState(new(5, 4)), "state.ResolvedOnFirstContact must be in [0, 4]; it was 5");
        Refused(() => FirstContactResolutionAccumulator.FromState(new(0, -1)), "state.Cases must be a finite number >= 0; it was -1");
        Refused(() => RenewalRateAccumulator.FromState(new(-1, 4)), "state.Renewed must be in [0, 4]; it was -1");
        Refused(() => ServicesPerCustomerAccumulator.FromState(new(3, 0)), "state.Services must be in [0, 0]; it was 3");
        Refused(() => ServicesPerCustomerAccumulator.FromState(new(-3, 2)), "state.Services");
    }

    [Fact]
    public void RetentionAndCost_Invalid_AreRefused()
    {
        Refused(() => RetentionAccumulator.FromState(new(10, 50, 5, 1)), "end − acquired (customers kept) must be in [0, start]");
        Refused(() => RetentionAccumulator.FromState(new(10, 5, 0, 0)), "state.Segments is 0, so the counts must be 0");
        Refused(() => RetentionAccumulator.FromState(new(0, 0, 0, -1)), "state.Segments");
        Refused(() => AcquisitionCostAccumulator.FromState(new(null, 3, 1)), "must be 0 when state.TotalSpend is null");
        Refused(() => AcquisitionCostAccumulator.FromState(new(Money.Of(5m, "EUR"), 1, 0)), "state.Count must be a finite number > 0; it was 0");
        Refused(() => AcquisitionCostAccumulator.FromState(new(Money.Of(-5m, "EUR"), 1, 1)), "-5");
        Refused(() => AcquisitionCostAccumulator.FromState(new(Money.Of(5m, "EUR"), -1, 1)), "state.CustomersAcquired");
    }

    [Fact]
    public void ZoneBound_Invalid_AreRefused()
    {
        Refused(() => SameDayClosureAccumulator.FromState(new(London, 3, 2)), "state.SameDay must be in [0, 2]; it was 3");
        Refused(() => SameDayClosureAccumulator.FromState(new(null, 0, 2)), "zone-less");

        var may4 = new LocalDate(2026, 5, 4);
        Refused(() => CallVolumeAccumulator.FromState(new(London, 2, [may4], [1])), "state.Total (2) must be the sum of state.Counts (1)");
        Refused(() => CallVolumeAccumulator.FromState(new(London, 1, [may4], [1, 0])), "exactly 1 counts; it held 2");
        Refused(() => CallVolumeAccumulator.FromState(new(London, 0, [may4], [0])), "state.Counts[0] must be a count > 0; it was 0");
        Refused(() => CallVolumeAccumulator.FromState(new(London, 2, [may4.PlusDays(1), may4], [1, 1])), "strictly ascending");
        Refused(() => CallVolumeAccumulator.FromState(new(London, 2, [may4, may4], [1, 1])), "strictly ascending");
        Refused(() => CallVolumeAccumulator.FromState(new(null, 1, [may4], [1])), "zone-less");
        Refused(() => CallVolumeAccumulator.FromState(new(London, 1, [may4.WithCalendar(CalendarSystem.Julian)], [1])), "ISO date");
        Refused(() => CallVolumeAccumulator.FromState(new(London, 0, default, [])), "state.Days");
        Refused(() => CallVolumeAccumulator.FromState(new(London, -2, [may4, may4.PlusDays(1)], [long.MaxValue, long.MaxValue])), "add up past");
    }

    [Fact]
    public void TimeToResolution_Invalid_AreRefused()
    {
        var a = TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T0, T0 + Duration.FromMinutes(1)), ClosedCase.Of(T0, T0 + Duration.FromHours(1))]);
        var s = a.ToState();
        Assert.Equal(2, s.Count);
        Assert.Equal((Int128)3_660_000_000_000, s.SumNanoseconds);
        Assert.Equal(60_000_000_000, s.MinNanoseconds);
        Assert.Equal(3_600_000_000_000, s.MaxNanoseconds);
        Assert.Equal(a, TimeToResolutionAccumulator.FromState(s));

        Refused(() => TimeToResolutionAccumulator.FromState(s with { Count = 3 }), "holds 2 cases");
        Refused(() => TimeToResolutionAccumulator.FromState(s with { SumNanoseconds = 1 }), "state.SumNanoseconds (1) must lie in");
        Refused(() => TimeToResolutionAccumulator.FromState(s with { MinNanoseconds = 3_600_000_000_001 }), "state.MinNanoseconds");
        Refused(() => TimeToResolutionAccumulator.FromState(s with { Offset = s.Offset + 1 }), "lowest and highest occupied buckets");
        Refused(() => TimeToResolutionAccumulator.FromState(s with { Offset = -5 }), "state.Offset");
        Refused(() => TimeToResolutionAccumulator.FromState(s with { ZeroCount = -1 }), "state.ZeroCount");
        Refused(() => TimeToResolutionAccumulator.FromState(s with { Buckets = s.Buckets.SetItem(0, 0) }), "trimmed");
        Refused(() => TimeToResolutionAccumulator.FromState(s with { Buckets = s.Buckets.SetItem(1, -1) }), "state.Buckets[1] must be a count >= 0; it was -1");
        Refused(() => TimeToResolutionAccumulator.FromState(s with { Buckets = default }), "state.Buckets");
        Refused(() => TimeToResolutionAccumulator.FromState(new(0, 5, 0, 0, 0, 0, [])), "zero sum, min and max");
    }

    [Fact]
    public void WeightedIndex_Invalid_AreRefused()
    {
        Refused(() => WeightedIndexAccumulator.FromState(new(Small, 2, [6, 5], [3, 1])), "state.Answers[0], the answer count of 'a', must lie in [0, 2]; it was 3");
        Refused(() => WeightedIndexAccumulator.FromState(new(Small, 2, [11, 5], [2, 1])), "state.Sums[0], the rating sum of 'a', must lie in [2, 10] for 2 answers; it was 11");
        Refused(() => WeightedIndexAccumulator.FromState(new(Small, 2, [6], [2, 1])), "state.Sums must hold exactly 2 counts; it held 1");
        Refused(() => WeightedIndexAccumulator.FromState(new(null, 1, [], [])), "definition-less");
        Refused(() => WeightedIndexAccumulator.FromState(new(null, 0, [1], [1])), "state.Sums must hold exactly 0 counts");
        Refused(() => WeightedIndexAccumulator.FromState(new(Small, -1, [0, 0], [0, 0])), "state.Count");
    }

    [Fact]
    public void ReachableStates_ComeBackEqual()
    {
        var nps = NpsAccumulator.Empty.AddRange([NpsRating.Of(0), NpsRating.Of(10), NpsRating.Of(10)]);
        Assert.Equal(new NpsAccumulatorState([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]), nps.ToState());
        Assert.Equal(nps, NpsAccumulator.FromState(new NpsAccumulatorState([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2])));
        Assert.Equal(new CesAccumulatorState(null, []), CesAccumulator.Empty.ToState());
        Assert.Equal(CesAccumulator.Empty, CesAccumulator.FromState(new CesAccumulatorState(null, [])));
        Assert.Equal(new RetentionAccumulatorState(200, 190, 30, 1), RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(200, 190, 30)).ToState());
        Assert.Equal(SameDayClosureAccumulator.For(London), SameDayClosureAccumulator.FromState(new(London, 0, 0)));
        Assert.Equal(SameDayClosureAccumulator.Empty, SameDayClosureAccumulator.FromState(new(null, 0, 0)));
        Assert.Equal(
            CallVolumeAccumulator.For(London).AddRange([T0, T0, T0 + Duration.FromDays(1)]),
            CallVolumeAccumulator.FromState(new(London, 3, [new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 5)], [2, 1])));
        Assert.Equal(WeightedIndexAccumulator.For(Small), WeightedIndexAccumulator.FromState(new(Small, 0, [0, 0], [0, 0])));
    }

    [Fact]
    public void StateJson_IsStrict()
    {
        // Read as the state record itself (no FromState): unknown, missing and mistyped members are refused.
        JsonAssert.Invalid<NpsAccumulatorState>("""{"distribution":[0,0,0,0,0,0,0,0,0,0,0],"extra":1}""");
        JsonAssert.Invalid<NpsAccumulatorState>("{}");
        JsonAssert.Invalid<FirstContactResolutionAccumulatorState>("""{"cases":2}""");
        JsonAssert.Invalid<TimeToResolutionAccumulatorState>("""{"count":0,"sumNanoseconds":0,"minNanoseconds":0,"maxNanoseconds":0,"zeroCount":0,"offset":0,"buckets":[]}""");
        Assert.Equal(
            new TimeToResolutionAccumulatorState(0, 0, 0, 0, 0, 0, []),
            CrmJson.Deserialize<TimeToResolutionAccumulatorState>("""{"count":0,"sumNanoseconds":"0","minNanoseconds":0,"maxNanoseconds":0,"zeroCount":0,"offset":0,"buckets":[]}"""));

        // Read as the accumulator, an impossible state is a JsonException too.
        JsonAssert.Invalid<NpsAccumulator>("null");
        JsonAssert.Invalid<CallVolumeAccumulator>("""{"zone":"Europe/London","total":1,"days":["2026-05-04"],"counts":[1],"extra":0}""");
        JsonAssert.Invalid<RetentionAccumulator>("""{"start":10,"end":5,"acquired":0,"segments":0}""");
    }
}
