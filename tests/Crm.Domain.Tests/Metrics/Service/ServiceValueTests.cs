using Crm.Domain.Metrics.Service;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Service;

/// <summary>
/// Issue 13 item 6 (mutation survivors in Metrics/Service): the service result values member by member — call volume
/// look-ups at and beside every stored day, the ordering rules of the constructors at their first refused and last
/// accepted values, equality and texts. Expected values are counted by hand.
/// </summary>
public class ServiceValueTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static DailyCallCount D(int month, int day, long count) => new(new LocalDate(2026, month, day), count);

    // 31 Jan: 2, 1 Feb: 1, 15 Feb: 3, 1 Apr: 1 -> 7 calls; January 2, February 4, April 1.
    private static CallVolume Volume(DateTimeZone? zone = null) => new(zone ?? London, [D(1, 31, 2), D(2, 1, 1), D(2, 15, 3), D(4, 1, 1)]);

    private static DateInterval Days(int m1, int d1, int m2, int d2) => new(new LocalDate(2026, m1, d1), new LocalDate(2026, m2, d2));

    [Fact]
    public void Call_volume_totals_days_and_months()
    {
        var v = Volume();
        Assert.Equal(7, v.Total);
        Assert.Equal(
            [new MonthlyCallCount(new YearMonth(2026, 1), 2), new MonthlyCallCount(new YearMonth(2026, 2), 4), new MonthlyCallCount(new YearMonth(2026, 4), 1)],
            v.PerMonth.ToArray());
        Assert.Equal(D(2, 15, 3), v.BusiestDay);
        Assert.Equal(D(1, 31, 2), new CallVolume(London, [D(1, 31, 2), D(2, 1, 2)]).BusiestDay);
        Assert.Same(London, v.Zone);
        Assert.Equal(4, v.PerDay.Length);
        Assert.Equal("Europe/London: 7 calls on 4 days, busiest 2026-02-15: 3", v.ToString());
        var none = new CallVolume(null, []);
        Assert.Equal("(no zone): 0 calls on 0 days, busiest none", none.ToString());
        Assert.Null(none.BusiestDay);
        Assert.Equal(0, none.Total);
        Assert.Empty(none.PerMonth);
        Assert.Equal(0, none.CountOn(new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Call_volume_look_ups_at_and_beside_each_day()
    {
        var v = Volume();
        Assert.Equal(2, v.CountOn(new LocalDate(2026, 1, 31)));
        Assert.Equal(1, v.CountOn(new LocalDate(2026, 2, 1)));
        Assert.Equal(0, v.CountOn(new LocalDate(2026, 2, 2)));
        Assert.Equal(3, v.CountOn(new LocalDate(2026, 2, 15)));
        Assert.Equal(1, v.CountOn(new LocalDate(2026, 4, 1)));
        Assert.Equal(0, v.CountOn(new LocalDate(2026, 1, 30)));
        Assert.Equal(0, v.CountOn(new LocalDate(2026, 4, 2)));

        Assert.Equal(2, v.CountIn(new YearMonth(2026, 1)));
        Assert.Equal(4, v.CountIn(new YearMonth(2026, 2)));
        Assert.Equal(0, v.CountIn(new YearMonth(2026, 3)));
        Assert.Equal(1, v.CountIn(new YearMonth(2026, 4)));

        Assert.Equal(4, v.CountIn(Days(2, 1, 2, 15)));
        Assert.Equal(0, v.CountIn(Days(2, 2, 2, 14)));
        Assert.Equal(3, v.CountIn(Days(2, 15, 2, 15)));
        Assert.Equal(3, v.CountIn(Days(1, 1, 2, 1)));
        Assert.Equal(7, v.CountIn(Days(1, 1, 12, 31)));
        Assert.Equal(4, v.CountIn(Days(2, 15, 4, 1)));
        Assert.Equal(0, v.CountIn(Days(4, 2, 4, 30)));
        Assert.Equal(4d / 15, v.MeanPerDay(Days(2, 1, 2, 15)));
        Assert.Equal(1d, v.MeanPerDay(Days(4, 1, 4, 1)));
        Assert.Throws<ArgumentNullException>(() => v.CountIn((DateInterval)null!));
        Assert.Throws<ArgumentNullException>(() => v.MeanPerDay(null!));
    }

    [Fact]
    public void Call_volume_days_must_be_ascending_with_calls()
    {
        var def = Assert.Throws<ArgumentException>(() => new CallVolume(London, default));
        Assert.Equal("perDay", def.ParamName);
        Assert.Contains("perDay must not be a default ImmutableArray; use an empty one.", def.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<ArgumentException>(() => new CallVolume(London, [D(1, 1, 1), D(1, 2, 0)]));
        Assert.Equal("perDay", zero.ParamName);
        Assert.Contains("perDay must list days with a count > 0 in strictly ascending date order; entry 1 (2026-01-02: 0) breaks it.", zero.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CallVolume(London, [D(1, 1, 0)]));
        Assert.Contains("entry 1 (2026-01-01: 1)", Assert.Throws<ArgumentException>(() => new CallVolume(London, [D(1, 1, 1), D(1, 1, 1)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CallVolume(London, [D(1, 2, 1), D(1, 1, 1)]));
        Assert.Equal(2, new CallVolume(London, [D(1, 1, 1), D(1, 2, 1)]).Total);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CallVolume(London, [D(1, 1, long.MaxValue), D(1, 2, 1)]));
    }

    [Fact]
    public void Call_volumes_are_equal_by_zone_and_days()
    {
        var v = Volume();
        Assert.True(v == Volume());
        Assert.False(v != Volume());
        Assert.True(v.Equals((object)Volume()));
        Assert.Equal(v.GetHashCode(), Volume().GetHashCode());
        Assert.False(v == Volume(DateTimeZoneProviders.Tzdb["Europe/Paris"]));
        Assert.True(v != new CallVolume(London, [D(1, 31, 2), D(2, 1, 1), D(2, 15, 3)]));
        Assert.False(v == new CallVolume(London, [D(1, 31, 2), D(2, 1, 1), D(2, 15, 4), D(4, 1, 1)]));
        Assert.False(v == new CallVolume(null, v.PerDay));
        Assert.True(new CallVolume(null, []) == new CallVolume(null, []));
        Assert.False(v.Equals((object)"Europe/London"));
        Assert.False(v == null);
        Assert.False(null == v);
        Assert.True((CallVolume?)null == null);
    }

    [Fact]
    public void Daily_and_monthly_counts_read_as_date_and_count()
    {
        Assert.Equal("2026-02-15: 3", D(2, 15, 3).ToString());
        Assert.Equal(0, D(2, 15, 0).Count);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => D(2, 15, -1)).ParamName);
        Assert.Equal("2026-02: 4", new MonthlyCallCount(new YearMonth(2026, 2), 4).ToString());
        Assert.Equal(0, new MonthlyCallCount(new YearMonth(2026, 2), 0).Count);
        Assert.Equal(new YearMonth(2026, 2), new MonthlyCallCount(new YearMonth(2026, 2), 0).Month);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new MonthlyCallCount(new YearMonth(2026, 2), -1)).ParamName);
    }

    [Fact]
    public void Closed_cases_take_zero_up_to_a_hundred_years()
    {
        var t = Instant.FromUtc(2026, 3, 2, 9, 0);
        var instant = ClosedCase.Of(t, t);
        Assert.Equal(Duration.Zero, instant.TimeToResolution);
        Assert.Equal(t, instant.Opened);
        Assert.Equal(t, instant.Resolved);
        Assert.Equal("2026-03-02T09:00:00Z -> 2026-03-02T11:30:00Z", ClosedCase.Of(t, t + Duration.FromMinutes(150)).ToString());
        Assert.Equal(Duration.FromMinutes(150), ClosedCase.Of(t, t + Duration.FromMinutes(150)).TimeToResolution);

        var before = Assert.Throws<ArgumentException>(() => ClosedCase.Of(t, t - Duration.Epsilon));
        Assert.Equal("resolved", before.ParamName);
        Assert.Contains("resolved (2026-03-02T08:59:59.999999999Z) must not be before opened (2026-03-02T09:00:00Z).", before.Message, StringComparison.Ordinal);

        Assert.Equal(Duration.FromDays(36_525), ClosedCase.MaxTimeToResolution);
        Assert.Equal(ClosedCase.MaxTimeToResolution, ClosedCase.Of(t, t + ClosedCase.MaxTimeToResolution).TimeToResolution);
        var tooLong = Assert.Throws<ArgumentException>(() => ClosedCase.Of(t, t + ClosedCase.MaxTimeToResolution + Duration.Epsilon));
        Assert.Equal("resolved", tooLong.ParamName);
        Assert.Contains("must be in [0, 36525 days]; it was 36525 days.", tooLong.Message, StringComparison.Ordinal);
    }

    private static Duration H(double hours) => Duration.FromSeconds(hours * 3600);

    private static DurationStats Stats(double min, double median, double p90, double max, double mean) =>
        new(3, H(mean), H(median), H(p90), H(min), H(max), 0.01);

    [Fact]
    public void Duration_stats_must_be_ordered()
    {
        var equal = Stats(2, 2, 2, 2, 2);
        Assert.Equal(H(2), equal.Median);
        Assert.True(equal.HasData);
        Assert.Equal(0d, Stats(0, 0, 0, 0, 0).Min!.Value.TotalHours);
        var ok = Stats(1, 2, 3, 4, 2.5);
        Assert.Equal((3L, H(2.5), H(2), H(3), H(1), H(4), 0.01), (ok.Count, ok.Mean!.Value, ok.Median!.Value, ok.P90!.Value, ok.Min!.Value, ok.Max!.Value, ok.QuantileRelativeError));
        Assert.Equal($"n=3 mean={H(2.5)} median={H(2)} p90={H(3)} min={H(1)} max={H(4)}", ok.ToString());

        (double Min, double Median, double P90, double Max, double Mean)[] broken =
        [
            (2.5, 2, 3, 4, 3), // min > median
            (1, 3.5, 3, 4, 2), // median > p90
            (1, 2, 5, 4, 2),   // p90 > max
            (1, 2, 3, 4, 0.5), // mean < min
            (1, 2, 3, 4, 5),   // mean > max
            (-1, 2, 3, 4, 2),  // min < 0
        ];
        foreach (var b in broken)
        {
            var ex = Assert.Throws<ArgumentException>(() => Stats(b.Min, b.Median, b.P90, b.Max, b.Mean));
            Assert.Equal("median", ex.ParamName);
            Assert.Contains("Durations must satisfy 0 <= min <= median <= p90 <= max and min <= mean <= max", ex.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentException>(() => new DurationStats(1, Duration.Zero, Duration.Zero, Duration.Zero, -Duration.Epsilon, Duration.Zero, 0.01));
    }

    [Fact]
    public void Duration_stats_are_all_present_or_all_absent()
    {
        var none = new DurationStats(0, null, null, null, null, null, 0);
        Assert.False(none.HasData);
        Assert.Equal("n=0 (no data)", none.ToString());
        Assert.Equal(0d, none.QuantileRelativeError);
        var absent = Assert.Throws<ArgumentException>(() => new DurationStats(0, null, null, H(1), null, null, 0));
        Assert.Equal("count", absent.ParamName);
        Assert.Contains("count is 0, so mean, median, p90, min and max must all be null (no data).", absent.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DurationStats(0, H(1), null, null, null, null, 0));
        var missing = Assert.Throws<ArgumentException>(() => new DurationStats(2, H(1), H(1), H(1), H(1), null, 0));
        Assert.Equal("count", missing.ParamName);
        Assert.Contains("count is 2, so mean, median, p90, min and max must all be present.", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DurationStats(2, null, H(1), H(1), H(1), H(1), 0));
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new DurationStats(-1, null, null, null, null, null, 0)).ParamName);
        Assert.Equal(0.5, new DurationStats(0, null, null, null, null, null, 0.5).QuantileRelativeError);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DurationStats(0, null, null, null, null, null, 0.5000000000000001));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DurationStats(0, null, null, null, null, null, -1e-300));
    }
}
