using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// One span of working time on a weekday, in local wall-clock time: <c>Monday 09:00–17:00</c>. An
/// <see cref="End"/> of <see cref="LocalTime.Midnight"/> means the end of the day (24:00).
/// </summary>
/// <remarks>Equality compares day, start and end. <c>default</c> is not a valid value (its day is
/// <see cref="IsoDayOfWeek.None"/>) and is refused by <see cref="BusinessCalendar"/>. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(WorkingHoursJsonConverter))]
public readonly record struct WorkingHours
{
    private WorkingHours(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        Day = day;
        Start = start;
        End = end;
    }

    /// <summary>The weekday.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>The local time work starts (inclusive).</summary>
    public LocalTime Start { get; }

    /// <summary>The local time work ends (exclusive); <see cref="LocalTime.Midnight"/> means 24:00.</summary>
    public LocalTime End { get; }

    /// <summary>True for a value created through <see cref="Of"/>.</summary>
    public bool IsValid => Day != IsoDayOfWeek.None;

    /// <summary>The nominal length on the wall clock (a DST change inside the span is accounted for by the calendar).</summary>
    public Duration NominalLength => Duration.FromNanoseconds(EndNanosecondOfDay - Start.NanosecondOfDay);

    /// <summary>The end as nanoseconds of the day, with midnight as 24:00.</summary>
    internal long EndNanosecondOfDay => End == LocalTime.Midnight ? NodaConstants.NanosecondsPerDay : End.NanosecondOfDay;

    /// <summary>Creates working hours on <paramref name="day"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/>, or
    /// <paramref name="end"/> is not after <paramref name="start"/> (use midnight for 24:00).</exception>
    public static WorkingHours Of(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        Guard.Against.UndefinedEnum(day);

        var endNs = end == LocalTime.Midnight ? NodaConstants.NanosecondsPerDay : end.NanosecondOfDay;
        if (endNs <= start.NanosecondOfDay)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, string.Create(CultureInfo.InvariantCulture,
                $"end must be after start ({Format(start)}) on {day}; it was {Format(end)}. Use 00:00 for the end of the day."));
        }

        return new WorkingHours(day, start, end);
    }

    /// <summary>The same hours on each of <paramref name="days"/>.</summary>
    public static IEnumerable<WorkingHours> On(IEnumerable<IsoDayOfWeek> days, LocalTime start, LocalTime end)
    {
        Guard.Against.Null(days);
        return days.Select(d => Of(d, start, end)).ToList();
    }

    /// <summary>Monday to Friday, <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static IEnumerable<WorkingHours> Weekdays(LocalTime start, LocalTime end) =>
        On([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], start, end);

    /// <summary>True if the two spans are on the same day and share some time (touching ends do not overlap).</summary>
    public bool Overlaps(WorkingHours other) =>
        Day == other.Day && Start.NanosecondOfDay < other.EndNanosecondOfDay && other.Start.NanosecondOfDay < EndNanosecondOfDay;

    /// <summary>Invariant text such as <c>Monday 09:00–17:00</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day} {Format(Start)}–{(End == LocalTime.Midnight ? "24:00" : Format(End))}");

    private static string Format(LocalTime t) => t.ToString(t.Second == 0 && t.NanosecondOfSecond == 0 ? "HH:mm" : "HH:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture);
}
