using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Tests.Service;

public class BusinessCalendarTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static BusinessCalendar NineToFive(params LocalDate[] holidays) =>
        BusinessCalendar.Create(London, WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)), holidays,
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)));

    private static Instant At(int y, int m, int d, int h, int min = 0) => London.AtStrictly(new LocalDateTime(y, m, d, h, min)).ToInstant();

    [Fact]
    public void BusinessTimeBetween_FridayAfternoonToMondayMorning_CountsOnlyWorkingHours()
    {
        // Fri 2026-11-20 16:00 → Mon 2026-11-23 10:00: 1 h on Friday + 1 h on Monday.
        var cal = NineToFive();
        Assert.Equal(Duration.FromHours(2), cal.BusinessTimeBetween(At(2026, 11, 20, 16), At(2026, 11, 23, 10)));
    }

    [Fact]
    public void BusinessTimeBetween_HolidayMonday_IsSkipped()
    {
        var cal = NineToFive(new LocalDate(2026, 11, 23));
        // Fri 16:00 → Tue 10:00 with Monday off: 1 h + 1 h.
        Assert.Equal(Duration.FromHours(2), cal.BusinessTimeBetween(At(2026, 11, 20, 16), At(2026, 11, 24, 10)));
        Assert.Equal(Duration.Zero, cal.BusinessTimeBetween(At(2026, 11, 23, 9), At(2026, 11, 23, 17)));
    }

    [Fact]
    public void BusinessTimeBetween_WholeWeek_IsFortyHours()
    {
        var cal = NineToFive();
        Assert.Equal(Duration.FromHours(40), cal.BusinessTimeBetween(At(2026, 11, 23, 0), At(2026, 11, 30, 0)));
    }

    [Fact]
    public void RoundTheClock_SpringForwardDay_HasTwentyThreeHours()
    {
        // Europe/London: clocks go forward at 01:00 GMT on Sunday 2026-03-29, so that day lasts 23 hours.
        var allDays = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None);
        var cal = BusinessCalendar.Create(London, WorkingHours.On(allDays, LocalTime.Midnight, LocalTime.Midnight), null,
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));
        var day = cal.BusinessTimeBetween(London.AtStartOfDay(new LocalDate(2026, 3, 29)).ToInstant(), London.AtStartOfDay(new LocalDate(2026, 3, 30)).ToInstant());
        Assert.Equal(Duration.FromHours(23), day);
        // ... and the autumn day (2026-10-25) 25 hours.
        var autumn = cal.BusinessTimeBetween(London.AtStartOfDay(new LocalDate(2026, 10, 25)).ToInstant(), London.AtStartOfDay(new LocalDate(2026, 10, 26)).ToInstant());
        Assert.Equal(Duration.FromHours(25), autumn);
    }

    [Fact]
    public void WorkingHours_AcrossSummerTime_StayNineToFiveLocal()
    {
        // 09:00 local is 08:00 UTC in summer and 09:00 UTC in winter; both days still hold 8 business hours.
        var cal = NineToFive();
        Assert.Equal(Duration.FromHours(8), cal.BusinessTimeBetween(At(2026, 7, 1, 0), At(2026, 7, 2, 0)));
        Assert.True(cal.IsWorkingTime(Instant.FromUtc(2026, 7, 1, 8, 30)));
        Assert.False(cal.IsWorkingTime(Instant.FromUtc(2026, 1, 7, 8, 30)));
    }

    [Fact]
    public void AddBusinessTime_CarriesOverTheWeekend()
    {
        var cal = NineToFive();
        Assert.Equal(At(2026, 11, 23, 11), cal.AddBusinessTime(At(2026, 11, 20, 16), Duration.FromHours(3)));
        // Exactly the rest of Friday ends at Friday 17:00.
        Assert.Equal(At(2026, 11, 20, 17), cal.AddBusinessTime(At(2026, 11, 20, 16), Duration.FromHours(1)));
        // Starting on Saturday: the clock starts on Monday 09:00.
        Assert.Equal(At(2026, 11, 23, 13), cal.AddBusinessTime(At(2026, 11, 21, 12), Duration.FromHours(4)));
    }

    [Fact]
    public void Create_OverlappingHours_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => BusinessCalendar.Create(London,
            [WorkingHours.Of(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(13, 0)), WorkingHours.Of(IsoDayOfWeek.Monday, new LocalTime(12, 0), new LocalTime(17, 0))]));
        Assert.Contains("Monday 09:00–13:00", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Monday 12:00–17:00", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AdjoiningHours_AreAllowed()
    {
        var cal = BusinessCalendar.Create(London,
            [WorkingHours.Of(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(12, 0)), WorkingHours.Of(IsoDayOfWeek.Monday, new LocalTime(12, 0), new LocalTime(17, 0))],
            coverage: new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30)));
        Assert.Equal(Duration.FromHours(8), cal.BusinessTimeBetween(At(2026, 11, 23, 0), At(2026, 11, 24, 0)));
    }

    [Fact]
    public void Create_NoWorkingHours_Throws() =>
        Assert.Throws<ArgumentException>(() => BusinessCalendar.Create(London, []));

    [Fact]
    public void Create_EveryWorkingDayAHoliday_ThrowsNoWorkingTime()
    {
        var ex = Assert.Throws<ArgumentException>(() => BusinessCalendar.Create(London,
            [WorkingHours.Of(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))],
            [new LocalDate(2026, 11, 23)], new DateInterval(new LocalDate(2026, 11, 22), new LocalDate(2026, 11, 28))));
        Assert.Contains("no working time", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkingHours_EndBeforeStart_ThrowsNamingValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingHours.Of(IsoDayOfWeek.Monday, new LocalTime(17, 0), new LocalTime(9, 0)));
        Assert.Contains("09:00", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BusinessTimeBetween_OutsideCoverage_ThrowsNamingCoverage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NineToFive().BusinessTimeBetween(Instant.FromUtc(2030, 1, 1, 0, 0), Instant.FromUtc(2030, 1, 2, 0, 0)));
        Assert.Contains("2026-01-01..2027-12-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BusinessTimeBetween_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NineToFive().BusinessTimeBetween(At(2026, 11, 23, 12), At(2026, 11, 23, 10)));
}
