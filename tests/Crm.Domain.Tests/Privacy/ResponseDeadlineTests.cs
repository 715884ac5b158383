using Crm.Domain.Privacy;
using Crm.Domain.Service;
using NodaTime;
using static Crm.Domain.Tests.Privacy.PrivacyFixtures;

namespace Crm.Domain.Tests.Privacy;

/// <summary>Hand-worked deadlines (UK ICO guidance on the time limit for subject access: to the corresponding calendar
/// date of the next month, the month's last day when there is none, the next working day when it is a weekend or a
/// bank holiday). Weekdays checked against a calendar.</summary>
public class ResponseDeadlineTests
{
    [Theory]
    // ICO's own example: received 3 September → 3 October; in 2026 that is a Saturday → Monday 5 October.
    [InlineData("2026-09-03", 1, "2026-10-05")]
    // No 31 April: the last day of April (Thursday 30 April 2026).
    [InlineData("2026-03-31", 1, "2026-04-30")]
    // Leap year: 31 January 2028 → Tuesday 29 February 2028.
    [InlineData("2028-01-31", 1, "2028-02-29")]
    // Not a leap year: 31 January 2027 → 28 February 2027 is a Sunday → Monday 1 March.
    [InlineData("2027-01-31", 1, "2027-03-01")]
    // Christmas: 25 November 2026 → Friday 25 December (bank holiday), Monday 28 December (Boxing Day substitute) →
    // Tuesday 29 December.
    [InlineData("2026-11-25", 1, "2026-12-29")]
    // Easter 2027: 26 February → Friday 26 March (Good Friday) → Monday 29 March (Easter Monday) → Tuesday 30 March.
    [InlineData("2027-02-26", 1, "2027-03-30")]
    // Received on a Sunday: the clock still starts that day (1 November 2026 → Tuesday 1 December).
    [InlineData("2026-11-01", 1, "2026-12-01")]
    // Extended: three months from the start. 31 January 2027 → 30 April 2027 (Friday; no 31 April).
    [InlineData("2027-01-31", 3, "2027-04-30")]
    // Extended over Easter and the early-May holiday: 3 February 2027 → Monday 3 May 2027 (bank holiday) → Tuesday 4 May.
    [InlineData("2027-02-03", 3, "2027-05-04")]
    public void For_HandWorkedCases(string start, int months, string expected)
    {
        var due = ResponseDeadline.For(LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture)), Uk, months);
        Assert.Equal(expected, due.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-1)]
    public void For_OtherPeriods_AreRefused(int months)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ResponseDeadline.For(new LocalDate(2026, 3, 1), Uk, months));
        Assert.Equal("months", ex.ParamName);
        Assert.Contains("must be 1 or 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_OutsideTheCalendarsCoverage_IsRefused()
    {
        var short2026 = BusinessCalendar.Create(London, WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)), coverage: new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponseDeadline.For(new LocalDate(2025, 12, 31), short2026));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ResponseDeadline.For(new LocalDate(2026, 12, 15), short2026));
        Assert.Contains("2027-01-15", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 12, 15), ResponseDeadline.For(new LocalDate(2026, 11, 15), short2026));
    }

    [Fact]
    public void IsWorkingDay_ReadsWeekdaysAndHolidays()
    {
        Assert.True(ResponseDeadline.IsWorkingDay(new LocalDate(2026, 12, 29), Uk));
        Assert.False(ResponseDeadline.IsWorkingDay(new LocalDate(2026, 12, 28), Uk)); // bank holiday
        Assert.False(ResponseDeadline.IsWorkingDay(new LocalDate(2026, 12, 27), Uk)); // Sunday
    }
}
