using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>Date arithmetic of the summariser: ISO day numbers and period keys.</summary>
internal static class SummaryTime
{
    /// <summary>The date in the ISO calendar (a no-op for ISO dates).</summary>
    public static LocalDate ToIso(LocalDate date) =>
        ReferenceEquals(date.Calendar, CalendarSystem.Iso) ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>Days since 0001-01-01 (a Monday), so that <c>day / 7</c> is an ISO week index.</summary>
    public static int DayNumber(LocalDate isoDate) => isoDate.ToDateOnly().DayNumber;

    /// <summary>The date of a day number.</summary>
    public static LocalDate FromDayNumber(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    /// <summary>The merge key of a date: its day number, or its calendar period index under same-period merging.</summary>
    public static int Key(LocalDate isoDate, SummaryPeriod period, TransactionMerging merging) =>
        Key(isoDate, DayNumber(isoDate), period, merging == TransactionMerging.SameDay || period == SummaryPeriod.Day);

    /// <summary>The merge key of an ISO date whose day number is already known.</summary>
    public static int Key(LocalDate isoDate, int dayNumber, SummaryPeriod period, bool sameDay)
    {
        if (sameDay)
        {
            return dayNumber;
        }

        return period == SummaryPeriod.Week ? dayNumber / 7 : (isoDate.Year * 12) + isoDate.Month - 1;
    }
}
