using Crm.Domain.Service;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Service;

/// <summary>Laws of business time, checked against an independent minute-stepping oracle.</summary>
public class BusinessCalendarProperties
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate CoverageStart = new(2026, 1, 1);
    private static readonly LocalDate[] HolidayDates = [new(2026, 3, 9), new(2026, 7, 3), new(2026, 11, 2), new(2026, 12, 25)];

    // Weekdays 08:30–12:00 and 13:00–17:30, plus a Sunday night shift 00:00–04:00 that crosses both DST changes
    // (2026-03-08 and 2026-11-01 at 02:00 in New York).
    private static readonly WorkingHours[] Hours =
    [
        .. WorkingHours.Weekdays(new LocalTime(8, 30), new LocalTime(12, 0)),
        .. WorkingHours.Weekdays(new LocalTime(13, 0), new LocalTime(17, 30)),
        WorkingHours.Of(IsoDayOfWeek.Sunday, LocalTime.Midnight, new LocalTime(4, 0)),
        WorkingHours.Of(IsoDayOfWeek.Saturday, new LocalTime(22, 0), LocalTime.Midnight),
    ];

    private static readonly BusinessCalendar Calendar = BusinessCalendar.Create(NewYork, Hours, HolidayDates,
        new DateInterval(CoverageStart, new LocalDate(2026, 12, 31)));

    /// <summary>The oracle: count the minutes whose local start time falls in working hours on a non-holiday.</summary>
    private static Duration Oracle(Instant a, Instant b)
    {
        var minutes = 0L;
        for (var t = a; t < b; t += Duration.FromMinutes(1))
        {
            var local = t.InZone(NewYork).LocalDateTime;
            if (Array.IndexOf(HolidayDates, local.Date) >= 0)
            {
                continue;
            }

            var ns = local.TimeOfDay.NanosecondOfDay;
            if (Hours.Any(h => h.Day == local.DayOfWeek && ns >= h.Start.NanosecondOfDay && ns < h.EndNanosecondOfDay))
            {
                minutes++;
            }
        }

        return Duration.FromMinutes(minutes);
    }

    public static class Instants
    {
        // Minute-aligned instants in 2026, biased towards the DST weekends and holidays.
        private static Gen<Instant> Near(LocalDate date) =>
            Gen.Choose(-3 * 24 * 60, 3 * 24 * 60).Select(m => NewYork.AtStartOfDay(date).ToInstant() + Duration.FromMinutes(m));

        public static Arbitrary<Instant> Arb() =>
            Gen.OneOf(
                Near(new LocalDate(2026, 3, 8)),
                Near(new LocalDate(2026, 11, 1)),
                Near(new LocalDate(2026, 7, 3)),
                Gen.Choose(2, 360).Select(d => NewYork.AtStartOfDay(CoverageStart.PlusDays(d)).ToInstant()).SelectMany(s => Gen.Choose(0, 24 * 60).Select(m => s + Duration.FromMinutes(m))))
            .ToArbitrary();
    }

    private static (Instant, Instant) Ordered(Instant a, Instant b) => a <= b ? (a, b) : (b, a);

    [Property(Arbitrary = [typeof(Instants)], MaxTest = 60)]
    public bool EqualsMinuteSteppingOracle(Instant x, Instant y)
    {
        var (a, b) = Ordered(x, y);
        if (b - a > Duration.FromDays(8))
        {
            b = a + Duration.FromDays(8); // keep the oracle cheap
        }

        return Calendar.BusinessTimeBetween(a, b) == Oracle(a, b);
    }

    [Property(Arbitrary = [typeof(Instants)], MaxTest = 200)]
    public bool IsAdditiveOverAdjoiningIntervals(Instant x, Instant y, Instant z)
    {
        var sorted = new[] { x, y, z }.Order().ToArray();
        return Calendar.BusinessTimeBetween(sorted[0], sorted[1]) + Calendar.BusinessTimeBetween(sorted[1], sorted[2])
            == Calendar.BusinessTimeBetween(sorted[0], sorted[2]);
    }

    [Property(Arbitrary = [typeof(Instants)], MaxTest = 100)]
    public bool NeverCountsAHoliday(Instant x)
    {
        // Any span inside a holiday is worth nothing, even where the weekday has working hours.
        var holiday = HolidayDates[(int)(x.ToUnixTimeSeconds() % HolidayDates.Length + HolidayDates.Length) % HolidayDates.Length];
        var start = NewYork.AtStartOfDay(holiday).ToInstant();
        var offset = Duration.FromMinutes(Math.Abs(x.ToUnixTimeSeconds() / 60 % (24 * 60)));
        return Calendar.BusinessTimeBetween(start + offset, NewYork.AtStartOfDay(holiday.PlusDays(1)).ToInstant()) == Duration.Zero;
    }

    [Property(Arbitrary = [typeof(Instants)], MaxTest = 100)]
    public bool IsTheSameWhicheverZoneTheInstantsWereWrittenIn(Instant x, Instant y)
    {
        var (a, b) = Ordered(x, y);
        var expected = Calendar.BusinessTimeBetween(a, b);
        foreach (var zoneId in new[] { "Asia/Tokyo", "Pacific/Chatham", "America/St_Johns", "UTC" })
        {
            // Write the instants as local date-times with offsets in another zone, then read them back.
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            var a2 = a.InZone(zone).ToOffsetDateTime().ToInstant();
            var b2 = b.InZone(zone).ToOffsetDateTime().ToInstant();
            if (Calendar.BusinessTimeBetween(a2, b2) != expected)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Instants)], MaxTest = 200)]
    public bool AddBusinessTime_InvertsBusinessTimeBetween(Instant x, Instant y)
    {
        var (a, b) = Ordered(x, y);
        var elapsed = Calendar.BusinessTimeBetween(a, b);
        var deadline = Calendar.AddBusinessTime(a, elapsed);
        // The deadline is the earliest instant with that much business time, so it is at or before b and equivalent to it.
        return deadline <= b && Calendar.BusinessTimeBetween(a, deadline) == elapsed;
    }
}
