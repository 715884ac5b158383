using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>
/// The statutory time limit for answering a data-subject request (GDPR / UK GDPR Art. 12(3)): one month from the day
/// the clock starts, extendable by two further months, read in the controller's <see cref="BusinessCalendar"/>.
/// </summary>
/// <remarks>
/// <para>The rule, as the UK ICO's guidance states it: count from the day of receipt (whether or not it is a working
/// day) to the corresponding calendar date of the following month (3 September → 3 October); if that month has no such
/// date, take its last day (31 March → 30 April; 31 January → 28 or 29 February); if the date is not a working day of
/// the calendar (a weekday without working hours, or a holiday), the deadline moves to the next working day. An
/// extension counts three months from the same start with the same rules.</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class ResponseDeadline
{
    /// <summary>Months to answer a request.</summary>
    public const int Months = 1;

    /// <summary>Months to answer an extended request (one plus the extension's two).</summary>
    public const int ExtendedMonths = 3;

    /// <summary>The last day to answer a request whose clock started on <paramref name="clockStart"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not 1 or 3, or the deadline falls
    /// outside <paramref name="calendar"/>'s <see cref="BusinessCalendar.Coverage"/> (its holidays are not known there),
    /// or the calendar has no working day at all.</exception>
    public static LocalDate For(LocalDate clockStart, BusinessCalendar calendar, int months = Months)
    {
        Guard.Against.Null(calendar);
        if (months is not (Months or ExtendedMonths))
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, $"months must be {Months} or {ExtendedMonths} (an extended request); it was {months}.");
        }

        if (calendar.WeeklyHours.IsDefaultOrEmpty)
        {
            throw new ArgumentOutOfRangeException(nameof(calendar), "calendar has no working day: a deadline could never fall on one.");
        }

        var coverage = calendar.Coverage;
        Guard.Against.OutsideRange(clockStart, coverage.Start, coverage.End);

        // NodaTime's PlusMonths truncates to the month's last day when the day does not exist: the rule above.
        var due = clockStart.PlusMonths(months);
        while (!IsWorkingDay(due, calendar))
        {
            due = due.PlusDays(1);
        }

        if (due > coverage.End)
        {
            throw new ArgumentOutOfRangeException(nameof(clockStart), clockStart,
                $"clockStart must leave its deadline inside the calendar's coverage ({coverage.Start:uuuu-MM-dd} to {coverage.End:uuuu-MM-dd}); the deadline would be {due:uuuu-MM-dd}.");
        }

        return due;
    }

    /// <summary>True when <paramref name="date"/> has working hours in <paramref name="calendar"/> and is no holiday.</summary>
    public static bool IsWorkingDay(LocalDate date, BusinessCalendar calendar)
    {
        Guard.Against.Null(calendar);
        if (calendar.IsHoliday(date))
        {
            return false;
        }

        foreach (var hours in calendar.WeeklyHours)
        {
            if (hours.Day == date.DayOfWeek)
            {
                return true;
            }
        }

        return false;
    }
}
