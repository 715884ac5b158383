using Crm.Domain.Metrics.Service;
using Crm.Domain.Tests.Serialization;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Service;

[AccumulatorLawsFor(typeof(CallVolumeAccumulator))]
public class CallVolumeAccumulatorTests
{
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void Result_TokyoDesk_CountsByLocalDateAndMonth()
    {
        var calls = new[]
        {
            Instant.FromUtc(2026, 1, 31, 14, 30), // 23:30 JST, 31 January
            Instant.FromUtc(2026, 1, 31, 15, 30), // 00:30 JST, 1 February (still 31 January in UTC)
            Instant.FromUtc(2026, 2, 1, 3, 0),    // 12:00 JST, 1 February
        };
        var volume = CallVolumeAccumulator.For(Tokyo).AddRange(calls).Result;

        Assert.Equal([new DailyCallCount(new LocalDate(2026, 1, 31), 1), new DailyCallCount(new LocalDate(2026, 2, 1), 2)], volume.PerDay.ToArray());
        Assert.Equal([new MonthlyCallCount(new YearMonth(2026, 1), 1), new MonthlyCallCount(new YearMonth(2026, 2), 2)], volume.PerMonth.ToArray());
        Assert.Equal(3, volume.Total);
        Assert.Equal(new DailyCallCount(new LocalDate(2026, 2, 1), 2), volume.BusiestDay);
        var window = new DateInterval(new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 3)); // 4 days, 3 calls
        Assert.Equal(0.75, volume.MeanPerDay(window));
        Assert.Equal(3, volume.CountIn(window));
        Assert.Equal(2, volume.CountOn(new LocalDate(2026, 2, 1)));
        Assert.Equal(0, volume.CountOn(new LocalDate(2026, 2, 2)));
        Assert.Equal(2, volume.CountIn(new YearMonth(2026, 2)));
        Assert.Equal(0, volume.CountIn(new YearMonth(2026, 3)));
    }

    [Fact]
    public void BusiestDay_Tie_IsTheEarliestDay()
    {
        var calls = new[] { Instant.FromUtc(2026, 3, 2, 12, 0), Instant.FromUtc(2026, 3, 1, 12, 0) };
        Assert.Equal(new LocalDate(2026, 3, 1), CallVolumeAccumulator.For(London).AddRange(calls).Result.BusiestDay!.Value.Date);
    }

    [Fact]
    public void Result_NoCalls_IsEmpty()
    {
        var volume = CallVolumeAccumulator.For(London).Result;
        Assert.Empty(volume.PerDay);
        Assert.Equal(0, volume.Total);
        Assert.Null(volume.BusiestDay);
        Assert.Equal(0d, volume.MeanPerDay(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31))));
    }

    [Fact]
    public void AddRange_LargeBatchWithFarApartDays_EqualsNaiveGrouping()
    {
        // 6,000 calls: past the dense threshold, and with outliers 150 years apart so that chunks overflow the window.
        var random = new Random(7);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var calls = Enumerable.Range(0, 6_000)
            .Select(i => i % 997 == 0
                ? Instant.FromUtc(1900 + random.Next(0, 250), 6, 1, 12, 0)
                : start + Duration.FromSeconds(random.Next(0, 400 * 86_400)))
            .ToArray();
        var volume = CallVolumeAccumulator.For(London).AddRange(calls).Result;
        var expected = calls.GroupBy(c => c.InZone(London).Date).OrderBy(g => g.Key)
            .Select(g => new DailyCallCount(g.Key, g.LongCount())).ToArray();
        Assert.Equal(expected, volume.PerDay.ToArray());
        Assert.Equal(6_000, volume.Total);
        Assert.Equal(volume, calls.Aggregate(CallVolumeAccumulator.For(London), (a, c) => a.Add(c)).Result);
    }

    [Fact]
    public void Combine_DifferentZones_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => CallVolumeAccumulator.For(London) + CallVolumeAccumulator.For(Tokyo));
        Assert.Contains("Asia/Tokyo", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => CallVolumeAccumulator.Empty.Add(Instant.FromUtc(2026, 1, 1, 0, 0)));
    }

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 200)]
    public bool Laws_Hold(ZonedBatches<Instant> batches) =>
        AccumulatorLaws.Hold<CallVolumeAccumulator, Instant, CallVolume, CallVolumeAccumulatorState>(
            CallVolumeAccumulator.For(batches.Zone), batches.A, batches.B, batches.C, static (a, e) => a.AddRange(e));

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 200)]
    public bool Result_EqualsNaiveGrouping_AndRoundTripsThroughJson(ZonedBatches<Instant> batches)
    {
        var all = batches.A.Concat(batches.C).ToArray();
        var volume = CallVolumeAccumulator.For(batches.Zone).AddRange(all).Result;
        var expectedDays = all.GroupBy(c => c.InZone(batches.Zone).Date).OrderBy(g => g.Key)
            .Select(g => new DailyCallCount(g.Key, g.LongCount()));
        var expectedMonths = all.GroupBy(c => c.InZone(batches.Zone).Date.ToYearMonth()).OrderBy(g => g.Key)
            .Select(g => new MonthlyCallCount(g.Key, g.LongCount()));
        Assert.Equal(expectedDays.ToArray(), volume.PerDay.ToArray());
        Assert.Equal(expectedMonths.ToArray(), volume.PerMonth.ToArray());
        Assert.Equal(volume, JsonAssert.RoundTrip(volume));
        return volume.Total == all.Length && volume.PerMonth.Sum(m => m.Count) == all.Length;
    }

    [Fact]
    public void CallVolume_InvalidJson_Throws()
    {
        JsonAssert.Invalid<CallVolume>("""{"zone":"Europe/London","perDay":[{"date":"2026-01-02","count":1},{"date":"2026-01-01","count":1}]}""");
        JsonAssert.Invalid<CallVolume>("""{"zone":"Europe/London","perDay":[{"date":"2026-01-02","count":0}]}""");
        JsonAssert.Invalid<DailyCallCount>("""{"date":"2026-01-02","count":-4}""");
        JsonAssert.Invalid<CallVolume>("""{"zone":"Mars/Olympus","perDay":[]}""");
    }
}
