using Crm.Domain.Metrics.Service;
using Crm.Domain.Primitives;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Service;

[AccumulatorLawsFor(typeof(SameDayClosureAccumulator))]
public class SameDayClosureAccumulatorTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    private static ClosedCase Case(int y, int mo, int d, int h, int mi, int y2, int mo2, int d2, int h2, int mi2) =>
        ClosedCase.Of(Instant.FromUtc(y, mo, d, h, mi), Instant.FromUtc(y2, mo2, d2, h2, mi2));

    [Fact]
    public void Add_LocalMidnightCrossedButSameUtcDay_IsNotSameDay()
    {
        // Tokyo is UTC+9: 14:30Z = 23:30 JST on the 15th, 15:30Z = 00:30 JST on the 16th; both on the 15th in UTC.
        var acc = SameDayClosureAccumulator.For(Tokyo).Add(Case(2026, 1, 15, 14, 30, 2026, 1, 15, 15, 30));
        Assert.Equal(Ratio.Rate(0, 1), acc.Result);
    }

    [Fact]
    public void Add_UtcMidnightCrossedButSameLocalDay_IsSameDay()
    {
        // New York is UTC-5 in January: 23:30Z = 18:30 EST, 01:30Z next day = 20:30 EST the same local day.
        var acc = SameDayClosureAccumulator.For(NewYork).Add(Case(2026, 1, 15, 23, 30, 2026, 1, 16, 1, 30));
        Assert.Equal(Ratio.Rate(1, 1), acc.Result);
    }

    [Fact]
    public void AddRange_SpringForwardDay_JudgesByLocalDate()
    {
        // London springs forward on Sunday 2026-03-29 at 01:00Z (GMT -> BST): the local day is 23 hours long.
        var cases = new[]
        {
            Case(2026, 3, 29, 0, 10, 2026, 3, 29, 22, 50), // 00:10 GMT -> 23:50 BST, same local day (22 h 40 min)
            Case(2026, 3, 29, 0, 30, 2026, 3, 29, 23, 30), // 00:30 GMT -> 00:30 BST on the 30th: same UTC day, not local
            Case(2026, 3, 28, 23, 30, 2026, 3, 29, 0, 30), // 23:30 GMT on the 28th -> 00:30 GMT on the 29th: no
        };
        var acc = SameDayClosureAccumulator.For(London).AddRange(cases);
        Assert.Equal(Ratio.Rate(1, 3), acc.Result);
        Assert.Equal(acc, cases.Aggregate(SameDayClosureAccumulator.For(London), (a, c) => a.Add(c)));
    }

    [Fact]
    public void AddRange_FallBackDay_Of25HoursCountsAsOneDay()
    {
        // London falls back on Sunday 2026-10-25 at 01:00Z: 23:05Z on the 24th is 00:05 BST on the 25th, and 23:55Z on
        // the 25th is 23:55 GMT the same day: 24 h 50 min later, yet the same local day.
        var acc = SameDayClosureAccumulator.For(London).AddRange([Case(2026, 10, 24, 23, 5, 2026, 10, 25, 23, 55)]);
        Assert.Equal(Ratio.Rate(1, 1), acc.Result);
    }

    [Fact]
    public void Result_HandComputed_ThreeOfFour()
    {
        var cases = new[]
        {
            Case(2026, 6, 1, 8, 0, 2026, 6, 1, 9, 0),
            Case(2026, 6, 1, 8, 0, 2026, 6, 1, 8, 0), // resolved instantly
            Case(2026, 6, 1, 12, 0, 2026, 6, 1, 22, 59), // 23:59 BST
            Case(2026, 6, 1, 12, 0, 2026, 6, 1, 23, 0), // 00:00 BST on 2 June
        };
        var acc = SameDayClosureAccumulator.For(London).AddRange(cases);
        Assert.Equal(3, acc.SameDayCount);
        Assert.Equal(4, acc.Count);
        Assert.Equal(0.75, acc.Result.Value);
    }

    [Fact]
    public void Result_NoCases_IsNoData()
    {
        Assert.False(SameDayClosureAccumulator.For(London).Result.HasValue);
        Assert.Null(SameDayClosureAccumulator.Empty.Result.Value);
    }

    [Fact]
    public void ClosedCase_ResolvedBeforeOpened_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => ClosedCase.Of(Instant.FromUtc(2026, 1, 2, 10, 0), Instant.FromUtc(2026, 1, 2, 9, 0)));
        Assert.Equal("resolved", ex.ParamName);
        Assert.Contains("2026-01-02T09:00:00Z", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-02T10:00:00Z", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClosedCase_LongerThanACentury_Throws()
    {
        var opened = Instant.FromUtc(1900, 1, 1, 0, 0);
        var ex = Assert.Throws<ArgumentException>(() => ClosedCase.Of(opened, opened + Duration.FromDays(36_526)));
        Assert.Contains("36525", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_ZonelessEmpty_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => SameDayClosureAccumulator.Empty.Add(default));
        Assert.Contains("For(zone)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_DifferentZones_ThrowsNamingBoth()
    {
        var london = SameDayClosureAccumulator.For(London).Add(default);
        var tokyo = SameDayClosureAccumulator.For(Tokyo);
        var ex = Assert.Throws<ArgumentException>(() => london + tokyo);
        Assert.Contains("Europe/London", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Asia/Tokyo", ex.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 200)]
    public bool Laws_Hold(ZonedBatches<ClosedCase> batches) =>
        AccumulatorLaws.Hold<SameDayClosureAccumulator, ClosedCase, Ratio, SameDayClosureAccumulatorState>(
            SameDayClosureAccumulator.For(batches.Zone), batches.A, batches.B, batches.C, static (a, e) => a.AddRange(e));

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 200)]
    public bool Result_EqualsNaiveLocalDateComparison_AndIsARate(ZonedBatches<ClosedCase> batches)
    {
        var all = batches.A.Concat(batches.B).ToArray();
        var expected = all.Count(c => c.Opened.InZone(batches.Zone).Date == c.Resolved.InZone(batches.Zone).Date);
        var result = SameDayClosureAccumulator.For(batches.Zone).AddRange(all).Result;
        return result.Numerator == expected && result.Denominator == all.Length
            && (!result.HasValue || result.Value is >= 0d and <= 1d);
    }

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 300)]
    public bool LocalDayMapper_AgreesWithNodaTime((DateTimeZone Zone, Instant Instant) input)
    {
        var mapper = new LocalDayMapper(input.Zone);
        return LocalDayMapper.ToDate(mapper.EpochDay(input.Instant)) == input.Instant.InZone(input.Zone).Date;
    }
}
