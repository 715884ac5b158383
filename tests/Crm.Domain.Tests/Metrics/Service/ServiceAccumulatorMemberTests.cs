using Crm.Domain.Metrics.Service;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Service;

/// <summary>
/// Issue 13 item 6 (mutation survivors in Metrics/Service): the service accumulators' state checks at their last
/// accepted and first refused values, their refusals' texts, the local-day mapping against NodaTime's own
/// <c>InZone(zone).Date</c> (midnights, DST changes, dates before 1970, more zone intervals than the mapper caches), and
/// the dense call-volume path with calls far outside its window. Expected values are NodaTime's or counted by hand.
/// </summary>
public class ServiceAccumulatorMemberTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly LocalDate Epoch = new(1970, 1, 1);
    private static readonly Instant T = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static int NodaEpochDay(Instant instant, DateTimeZone zone) => Period.DaysBetween(Epoch, instant.InZone(zone).Date);

    [Fact]
    public void Local_days_agree_with_nodatime_at_midnights_dst_changes_and_before_1970()
    {
        var instants = new List<Instant>();
        foreach (var year in new[] { 1901, 1960, 1969, 1970, 2026, 2100 })
        {
            foreach (var (month, day) in new[] { (1, 1), (3, 29), (3, 30), (10, 25), (10, 26), (12, 31) })
            {
                var midnight = new LocalDate(year, month, day).AtStartOfDayInZone(London).ToInstant();
                instants.AddRange([midnight, midnight - Duration.Epsilon, midnight - Duration.FromTicks(1), midnight + Duration.FromTicks(1), midnight + Duration.FromHours(1), midnight + Duration.FromHours(23) + Duration.FromMinutes(59)]);
            }
        }

        // Unsorted across many zone intervals, so the mapper's eight cached intervals are replaced and revisited.
        var shuffled = instants.OrderBy(i => (i.ToUnixTimeTicks() * 7919) % 1009).ToArray();
        foreach (var zone in new[] { London, Paris, DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["America/St_Johns"] })
        {
            var mapper = new LocalDayMapper(zone);
            foreach (var instant in shuffled.Concat(shuffled))
            {
                Assert.Equal(NodaEpochDay(instant, zone), mapper.EpochDay(instant));
            }
        }

        Assert.Equal(new LocalDate(1969, 12, 31), LocalDayMapper.ToDate(-1));
        Assert.Equal(Epoch, LocalDayMapper.ToDate(0));
        Assert.Equal(-1, LocalDayMapper.ToEpochDay(new LocalDate(1969, 12, 31)));
        Assert.Equal(-365, LocalDayMapper.ToEpochDay(new LocalDate(1969, 1, 1)));
        Assert.Equal(0, LocalDayMapper.ToEpochDay(Epoch));
        Assert.Equal(20_514, LocalDayMapper.ToEpochDay(new LocalDate(2026, 3, 2)));
    }

    [Fact]
    public void Same_day_closure_is_decided_in_the_desk_zone()
    {
        // 23:30 UTC on 29 March 2026 is 00:30 BST on the 30th in London.
        var late = Instant.FromUtc(2026, 3, 29, 23, 30);
        var acrossMidnight = ClosedCase.Of(Instant.FromUtc(2026, 3, 29, 22, 0), late);
        var utc = SameDayClosureAccumulator.For(DateTimeZone.Utc).Add(acrossMidnight);
        var london = SameDayClosureAccumulator.For(London).Add(acrossMidnight);
        Assert.Equal(1, utc.SameDayCount);
        Assert.Equal(0, london.SameDayCount);
        Assert.Equal(0, SameDayClosureAccumulator.For(London).AddRange([acrossMidnight]).SameDayCount);
        Assert.Equal(1, SameDayClosureAccumulator.For(London).AddRange([ClosedCase.Of(T, T + Duration.FromHours(2))]).SameDayCount);
        Assert.Equal(2, SameDayClosureAccumulator.For(London).AddRange([acrossMidnight, ClosedCase.Of(T, T)]).Count);
        Assert.Equal($"Europe/London: {london.Result}", london.ToString());
        Assert.StartsWith("Europe/London: ", london.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("(no zone): ", SameDayClosureAccumulator.Empty.ToString(), StringComparison.Ordinal);
        Assert.Equal($"(no zone): {SameDayClosureAccumulator.Empty.Result}", SameDayClosureAccumulator.Empty.ToString());

        var none = Assert.Throws<InvalidOperationException>(() => SameDayClosureAccumulator.Empty.Add(acrossMidnight));
        Assert.Contains("This SameDayClosureAccumulator has no time zone (it is the zone-less Empty, the identity of Combine); create it with SameDayClosureAccumulator.For(zone) before adding observations.", none.Message, StringComparison.Ordinal);
        var zones = Assert.Throws<ArgumentException>(() => london + SameDayClosureAccumulator.For(Paris));
        Assert.Equal("right", zones.ParamName);
        Assert.Contains("Cannot combine SameDayClosureAccumulator accumulators of different zones: left is 'Europe/London', right is 'Europe/Paris'. Combine per zone, or compute both in one zone.", zones.Message, StringComparison.Ordinal);
        Assert.Equal(london, london + SameDayClosureAccumulator.Empty);
        Assert.Equal(london, SameDayClosureAccumulator.Empty + london);
        Assert.Equal(London, (SameDayClosureAccumulator.Empty + london).Zone);
        Assert.Equal(2, (london + SameDayClosureAccumulator.For(London).Add(ClosedCase.Of(T, T))).Count);
        Assert.Throws<ArgumentNullException>(() => SameDayClosureAccumulator.For(null!));
    }

    [Fact]
    public void Same_day_closure_states_and_equality()
    {
        var state = new SameDayClosureAccumulatorState(London, 2, 2);
        Assert.Equal(2, SameDayClosureAccumulator.FromState(state).SameDayCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => SameDayClosureAccumulator.FromState(new(London, 3, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SameDayClosureAccumulator.FromState(new(London, -1, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SameDayClosureAccumulator.FromState(new(London, 0, -1)));
        var zoneless = Assert.Throws<ArgumentException>(() => SameDayClosureAccumulator.FromState(new(null, 0, 1)));
        Assert.Equal("state", zoneless.ParamName);
        Assert.Contains("A zone-less SameDayClosureAccumulator cannot hold cases; state.Cases is 1.", zoneless.Message, StringComparison.Ordinal);
        Assert.Equal(SameDayClosureAccumulator.Empty, SameDayClosureAccumulator.FromState(new(null, 0, 0)));
        Assert.Throws<ArgumentNullException>(() => SameDayClosureAccumulator.FromState(null!));

        var a = SameDayClosureAccumulator.FromState(new(London, 1, 2));
        Assert.True(a == SameDayClosureAccumulator.FromState(new(DateTimeZoneProviders.Tzdb["Europe/London"], 1, 2)));
        Assert.False(a != SameDayClosureAccumulator.FromState(new(London, 1, 2)));
        Assert.True(a.Equals((object)SameDayClosureAccumulator.FromState(new(London, 1, 2))));
        Assert.Equal(a.GetHashCode(), SameDayClosureAccumulator.FromState(new(London, 1, 2)).GetHashCode());
        Assert.True(a != SameDayClosureAccumulator.FromState(new(Paris, 1, 2)));
        Assert.True(a != SameDayClosureAccumulator.FromState(new(London, 2, 2)));
        Assert.True(a != SameDayClosureAccumulator.FromState(new(London, 1, 3)));
        Assert.False(a.Equals((object)"Europe/London"));
    }

    private static TimeToResolutionAccumulatorState TwoCases() =>
        TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T, T + Duration.FromHours(2)), ClosedCase.Of(T, T + Duration.FromHours(3))]).ToState();

    private const long Hour = 3_600_000_000_000;

    [Fact]
    public void Resolution_states_bound_the_sum_by_count_times_min_and_max()
    {
        var s = TwoCases();
        Assert.Equal((2L, (Int128)(5 * Hour), 2 * Hour, 3 * Hour, 0L), (s.Count, s.SumNanoseconds, s.MinNanoseconds, s.MaxNanoseconds, s.ZeroCount));
        Assert.Equal(Duration.FromHours(2), TimeToResolutionAccumulator.FromState(s with { SumNanoseconds = 4 * Hour }).Result.Mean);
        Assert.Equal(Duration.FromHours(3), TimeToResolutionAccumulator.FromState(s with { SumNanoseconds = 6 * Hour }).Result.Mean);
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => TimeToResolutionAccumulator.FromState(s with { SumNanoseconds = (4 * Hour) - 1 }));
        Assert.Equal("state", low.ParamName);
        Assert.Contains($"state.SumNanoseconds ({(4 * Hour) - 1}) must lie in [count × min, count × max] = [{4 * Hour}, {6 * Hour}].", low.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeToResolutionAccumulator.FromState(s with { SumNanoseconds = (6 * Hour) + 1 }));
    }

    [Fact]
    public void Resolution_states_need_min_and_max_in_the_occupied_buckets()
    {
        var s = TwoCases();
        var text = "must fall in the sketch's lowest and highest occupied buckets (0 when zeros were counted / only zeros were).";
        var lowMin = Assert.Throws<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { MinNanoseconds = Hour }));
        Assert.Equal("state", lowMin.ParamName);
        Assert.Contains($"state.MinNanoseconds ({Hour}) and state.MaxNanoseconds ({3 * Hour}) {text}", lowMin.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { MaxNanoseconds = 4 * Hour, SumNanoseconds = 5 * Hour }));
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { MinNanoseconds = 0 }));
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { MinNanoseconds = (3 * Hour) + 1 }));
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { MaxNanoseconds = -1 }));
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { MaxNanoseconds = ClosedCase.MaxTimeToResolution.ToInt64Nanoseconds() + 1 }));

        // A case resolved at once and one after two hours: min is 0 (zeros counted), max in the one occupied bucket.
        var zeros = TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T, T), ClosedCase.Of(T, T + Duration.FromHours(2))]).ToState();
        Assert.Equal((1L, 0L), (zeros.ZeroCount, zeros.MinNanoseconds));
        Assert.Equal(2, TimeToResolutionAccumulator.FromState(zeros).Count);
        Assert.Throws<ArgumentException>(() => TimeToResolutionAccumulator.FromState(zeros with { MinNanoseconds = 1 }));

        // Only zeros: no buckets, max 0.
        var instant = TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T, T)]).ToState();
        Assert.Empty(instant.Buckets);
        Assert.Equal(Duration.Zero, TimeToResolutionAccumulator.FromState(instant).Result.Max);
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(instant with { MaxNanoseconds = 1, SumNanoseconds = 1 }));
    }

    [Fact]
    public void Resolution_states_count_their_cases_once()
    {
        var s = TwoCases();
        var count = Assert.Throws<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { Count = 3 }));
        Assert.Equal("state", count.ParamName);
        Assert.Contains("The sketch holds 2 cases (state.ZeroCount plus state.Buckets) but state.Count is 3.", count.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { ZeroCount = 1 }));
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { Count = -1 }));

        var empty = TimeToResolutionAccumulator.Empty.ToState();
        Assert.Equal(TimeToResolutionAccumulator.Empty, TimeToResolutionAccumulator.FromState(empty));
        var junk = Assert.Throws<ArgumentException>(() => TimeToResolutionAccumulator.FromState(empty with { SumNanoseconds = 5 }));
        Assert.Contains("A state of no cases must have zero sum, min and max; they were 5, 0 and 0 ns.", junk.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TimeToResolutionAccumulator.FromState(empty with { MinNanoseconds = 5 }));
        Assert.Throws<ArgumentException>(() => TimeToResolutionAccumulator.FromState(empty with { MaxNanoseconds = 5 }));
        Assert.Throws<ArgumentNullException>(() => TimeToResolutionAccumulator.FromState(null!));
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(empty with { Offset = 1 }));
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { Buckets = [0, .. s.Buckets], Offset = s.Offset - 1 }));
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { Buckets = [.. s.Buckets, 0] }));
        Assert.ThrowsAny<ArgumentException>(() => TimeToResolutionAccumulator.FromState(s with { Buckets = default }));
    }

    [Fact]
    public void Quantiles_take_zero_to_one_and_stay_between_min_and_max()
    {
        var acc = TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T, T + Duration.FromHours(2)), ClosedCase.Of(T, T + Duration.FromHours(3))]);
        // Within the sketch's 1 % of the exact extremes, and clamped to [min, max].
        Assert.InRange(acc.Quantile(0)!.Value.TotalHours, 2, 2 * 1.01);
        Assert.InRange(acc.Quantile(1)!.Value.TotalHours, 3 * 0.99, 3);
        Assert.Equal("q", Assert.Throws<ArgumentOutOfRangeException>(() => acc.Quantile(-1e-9)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => acc.Quantile(1.000001));
        Assert.Null(TimeToResolutionAccumulator.Empty.Quantile(0.5));
        Assert.Equal(0.01, TimeToResolutionAccumulator.RelativeAccuracy);
        Assert.Equal(acc.Result.ToString(), acc.ToString());

        // Zero-length cases below the rank: 3 instant cases and one of an hour; the median (rank 1) is 0.
        var mostlyZero = TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T, T), ClosedCase.Of(T, T), ClosedCase.Of(T, T), ClosedCase.Of(T, T + Duration.FromHours(1))]);
        Assert.Equal(Duration.Zero, mostlyZero.Quantile(0.5));
        Assert.Equal(Duration.Zero, mostlyZero.Result.Min);
        Assert.InRange(mostlyZero.Quantile(1)!.Value.TotalHours, 0.99, 1.0);
        Assert.Equal(Duration.FromMinutes(15), mostlyZero.Result.Mean);

        // Combining keeps zeros and buckets of both sides.
        var combined = mostlyZero + acc;
        Assert.Equal(6, combined.Count);
        Assert.Equal(Duration.FromHours(3), combined.Result.Max);
        Assert.Equal(Duration.Zero, combined.Result.Min);
        Assert.Equal(3L, combined.ToState().ZeroCount);
        Assert.Equal(TimeToResolutionAccumulator.Empty.AddRange([.. new[] { 0, 0, 0, 60, 120, 180 }.Select(m => ClosedCase.Of(T, T + Duration.FromMinutes(m)))]), combined);
        Assert.Equal(combined, acc + mostlyZero);
        var zerosOnly = TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T, T)]);
        Assert.Equal(TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T, T), ClosedCase.Of(T, T + Duration.FromHours(2)), ClosedCase.Of(T, T + Duration.FromHours(3))]), zerosOnly + acc);
        Assert.Equal(zerosOnly + acc, acc + zerosOnly);
        Assert.Equal(acc, acc.AddRange(Array.Empty<ClosedCase>()));
    }

    [Fact]
    public void Call_volume_states_are_checked_date_by_date()
    {
        var total = Assert.Throws<ArgumentOutOfRangeException>(() => CallVolumeAccumulator.FromState(new(London, 3, [new LocalDate(2026, 5, 4)], [2])));
        Assert.Equal("state", total.ParamName);
        Assert.Contains("state.Total (3) must be the sum of state.Counts (2).", total.Message, StringComparison.Ordinal);
        var zoneless = Assert.Throws<ArgumentException>(() => CallVolumeAccumulator.FromState(new(null, 1, [new LocalDate(2026, 5, 4)], [1])));
        Assert.Contains("A zone-less CallVolumeAccumulator cannot hold calls; state.Days holds 1 dates.", zoneless.Message, StringComparison.Ordinal);
        var order = Assert.Throws<ArgumentException>(() => CallVolumeAccumulator.FromState(new(London, 2, [new LocalDate(2026, 5, 5), new LocalDate(2026, 5, 5)], [1, 1])));
        Assert.Contains("state.Days must be strictly ascending; state.Days[1] (2026-05-05) does not follow 2026-05-05.", order.Message, StringComparison.Ordinal);
        var julian = new LocalDate(2026, 5, 4, CalendarSystem.Julian);
        var calendar = Assert.Throws<ArgumentException>(() => CallVolumeAccumulator.FromState(new(London, 1, [julian], [1])));
        Assert.Contains("state.Days[0] (", calendar.Message, StringComparison.Ordinal);
        Assert.Contains(") must be an ISO date; it is in the Julian calendar.", calendar.Message, StringComparison.Ordinal);
        Assert.Equal(CallVolumeAccumulator.For(London), CallVolumeAccumulator.FromState(new(London, 0, [], [])));
        Assert.Equal(CallVolumeAccumulator.Empty, CallVolumeAccumulator.FromState(new(null, 0, [], [])));
        Assert.Throws<ArgumentNullException>(() => CallVolumeAccumulator.FromState(null!));

        var two = CallVolumeAccumulator.FromState(new(London, 5, [new LocalDate(1969, 12, 31), new LocalDate(2026, 5, 4)], [2, 3]));
        Assert.Equal(2, two.Result.CountOn(new LocalDate(1969, 12, 31)));
        Assert.Equal(3, two.Result.CountOn(new LocalDate(2026, 5, 4)));
        Assert.Equal(5, two.Count);
    }

    [Fact]
    public void Call_volumes_merge_days_and_compare_them()
    {
        var a = CallVolumeAccumulator.For(London).AddRange([Instant.FromUtc(2026, 5, 4, 9, 0), Instant.FromUtc(2026, 5, 6, 9, 0)]);
        var b = CallVolumeAccumulator.For(London).AddRange([Instant.FromUtc(2026, 5, 5, 9, 0), Instant.FromUtc(2026, 5, 6, 10, 0), Instant.FromUtc(2026, 5, 7, 9, 0)]);
        var ab = a + b;
        Assert.Equal(5, ab.Count);
        Assert.Equal(
            [new DailyCallCount(new LocalDate(2026, 5, 4), 1), new DailyCallCount(new LocalDate(2026, 5, 5), 1), new DailyCallCount(new LocalDate(2026, 5, 6), 2), new DailyCallCount(new LocalDate(2026, 5, 7), 1)],
            ab.Result.PerDay.ToArray());
        Assert.Equal(ab, b + a);
        Assert.Equal(a, a + CallVolumeAccumulator.For(London));
        Assert.Equal(a, CallVolumeAccumulator.For(London) + a);
        Assert.Equal(a, CallVolumeAccumulator.Empty + a);
        Assert.Equal(a, a.AddRange(Array.Empty<Instant>()));
        Assert.True(a != b);
        Assert.False(a == b);
        Assert.True(a == CallVolumeAccumulator.For(London).AddRange([Instant.FromUtc(2026, 5, 6, 9, 0), Instant.FromUtc(2026, 5, 4, 9, 0)]));
        Assert.False(a == CallVolumeAccumulator.For(London).AddRange([Instant.FromUtc(2026, 5, 4, 9, 0), Instant.FromUtc(2026, 5, 4, 9, 0)]));
        Assert.False(a == CallVolumeAccumulator.For(Paris).AddRange([Instant.FromUtc(2026, 5, 4, 9, 0), Instant.FromUtc(2026, 5, 6, 9, 0)]));
        Assert.True(a.Equals((object)(a + CallVolumeAccumulator.Empty)));
        Assert.False(a.Equals((object)"Europe/London"));
        Assert.Equal(a.GetHashCode(), (CallVolumeAccumulator.Empty + a).GetHashCode());
        Assert.Equal(a.Result.ToString(), a.ToString());
        Assert.Equal(London, a.Result.Zone);

        var none = Assert.Throws<InvalidOperationException>(() => CallVolumeAccumulator.Empty.Add(T));
        Assert.Contains("create it with CallVolumeAccumulator.For(zone) before adding observations.", none.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => CallVolumeAccumulator.Empty.AddRange(Array.Empty<Instant>()));
        Assert.Contains("different zones: left is 'Europe/London', right is 'Europe/Paris'", Assert.Throws<ArgumentException>(() => a + CallVolumeAccumulator.For(Paris)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => CallVolumeAccumulator.For(null!));
    }

    [Fact]
    public void Dense_batches_count_like_one_by_one_with_calls_outside_the_window()
    {
        // 5,000 calls (the dense path) over 2026, one chunk holding a call 150 years later and one 60 years earlier
        // (both outside the dense window around the first call), counted against NodaTime one by one.
        var calls = new Instant[5_000];
        for (var k = 0; k < calls.Length; k++)
        {
            calls[k] = T + Duration.FromMinutes(97L * k);
        }

        calls[1_500] = Instant.FromUtc(2176, 6, 1, 12, 0);
        calls[3_100] = Instant.FromUtc(1966, 6, 1, 12, 0);
        var expected = calls.GroupBy(c => c.InZone(London).Date).OrderBy(g => g.Key).Select(g => new DailyCallCount(g.Key, g.LongCount())).ToArray();
        var dense = CallVolumeAccumulator.For(London).AddRange(calls);
        Assert.Equal(expected, dense.Result.PerDay.ToArray());
        Assert.Equal(5_000, dense.Count);
        Assert.Equal(dense, CallVolumeAccumulator.For(London).AddRange(calls.AsSpan(0, 2_500)) + CallVolumeAccumulator.For(London).AddRange(calls.AsSpan(2_500)));
    }
}
