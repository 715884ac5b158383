using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// A business-hours calendar: working hours per weekday in local time, holidays, and the <see cref="DateTimeZone"/>
/// they are read in. It measures elapsed business time between two instants and finds the instant at which a given
/// amount of business time has elapsed (an SLA deadline).
/// </summary>
/// <remarks>
/// <para>Every working span of every day in <see cref="Coverage"/> is converted to instants once, at creation, with
/// the zone's rules (a span that crosses a daylight-saving change is as long as the clock says: 00:00–24:00 on the
/// spring-forward day is 23 hours). Gaps are resolved leniently (a skipped start moves forward), ambiguous times take
/// the earlier occurrence. Queries are then a binary search over the precomputed spans and a prefix sum: O(log n),
/// no day stepping, no zone conversion, so the answer cannot depend on how the instants were written.</para>
/// <para>Elapsed business time is additive: <c>Between(a, b) + Between(b, c) == Between(a, c)</c>. Holidays count
/// zero. Instants outside <see cref="Coverage"/> are refused with an <see cref="ArgumentOutOfRangeException"/>.</para>
/// <para>Memory is about 24 bytes per working span (a Monday-to-Friday calendar over 30 years: ~190 KB).
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class BusinessCalendar
{
    // The instants a 64-bit count of nanoseconds since 1970 can hold (1677-09-21 to 2262-04-11).
    private static readonly Instant MinNanos = NodaConstants.UnixEpoch + Duration.FromNanoseconds(long.MinValue);
    private static readonly Instant MaxNanos = NodaConstants.UnixEpoch + Duration.FromNanoseconds(long.MaxValue);

    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _cumulativeEnds;
    private readonly long _coverageStart;
    private readonly long _coverageEnd;
    private readonly FrozenSet<LocalDate> _holidaySet;

    private BusinessCalendar(DateTimeZone zone, ImmutableArray<WorkingHours> hours, ImmutableArray<LocalDate> holidays, DateInterval coverage, long[] starts, long[] ends, long[] cumulativeEnds)
    {
        Zone = zone;
        WeeklyHours = hours;
        Holidays = holidays;
        Coverage = coverage;
        _holidaySet = holidays.ToFrozenSet();
        _starts = starts;
        _ends = ends;
        _cumulativeEnds = cumulativeEnds;
        _coverageStart = ToNanos(zone.AtStartOfDay(coverage.Start).ToInstant());
        _coverageEnd = ToNanos(zone.AtStartOfDay(coverage.End.PlusDays(1)).ToInstant());
    }

    /// <summary>The default coverage when none is given: 2000-01-01 to 2059-12-31.</summary>
    public static DateInterval DefaultCoverage { get; } = new(new LocalDate(2000, 1, 1), new LocalDate(2059, 12, 31));

    /// <summary>The zone the working hours and holidays are read in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The working hours, sorted by day then start.</summary>
    public ImmutableArray<WorkingHours> WeeklyHours { get; }

    /// <summary>The holidays (no working time on these dates), sorted.</summary>
    public ImmutableArray<LocalDate> Holidays { get; }

    /// <summary>The dates (inclusive) over which the calendar answers.</summary>
    public DateInterval Coverage { get; }

    /// <summary>The business time in the whole of <see cref="Coverage"/>.</summary>
    public Duration TotalBusinessTime => Duration.FromNanoseconds(_cumulativeEnds.Length == 0 ? 0 : _cumulativeEnds[^1]);

    /// <summary>Creates a calendar.</summary>
    /// <param name="zone">The zone of the working hours and holidays.</param>
    /// <param name="weeklyHours">Working spans per weekday; several per day are allowed if they do not overlap.</param>
    /// <param name="holidays">Dates without working time (duplicates are ignored); null for none.</param>
    /// <param name="coverage">The dates the calendar must answer for; null for <see cref="DefaultCoverage"/>. At most 300 years, within 1700–2250.</param>
    /// <exception cref="ArgumentException">Two spans on the same day overlap (both are named), a span is
    /// uninitialised, there are no working hours, or the coverage holds no working time at all.</exception>
    public static BusinessCalendar Create(DateTimeZone zone, IEnumerable<WorkingHours> weeklyHours, IEnumerable<LocalDate>? holidays = null, DateInterval? coverage = null)
    {
        Guard.Against.Null(zone);
        Guard.Against.Null(weeklyHours);
        coverage ??= DefaultCoverage;
        var hours = weeklyHours.ToList();
        if (hours.Count == 0)
        {
            throw new ArgumentException("weeklyHours is empty: a calendar needs some working time.", nameof(weeklyHours));
        }

        if (hours.Exists(h => !h.IsValid))
        {
            throw new ArgumentException("weeklyHours contains an uninitialised default(WorkingHours); create spans with WorkingHours.Of.", nameof(weeklyHours));
        }

        if (coverage.Start.Year < 1700 || coverage.End.Year > 2250 || coverage.Length > 300 * 366)
        {
            throw new ArgumentOutOfRangeException(nameof(coverage), coverage, string.Create(CultureInfo.InvariantCulture,
                $"coverage must lie within years 1700–2250 and span at most 300 years; it was {coverage.Start:uuuu-MM-dd}..{coverage.End:uuuu-MM-dd}."));
        }

        var sorted = hours.Distinct().OrderBy(h => h.Day).ThenBy(h => h.Start).ToList();
        if (sorted.Count != hours.Count)
        {
            var dup = hours.GroupBy(h => h).First(g => g.Count() > 1).Key;
            throw new ArgumentException($"weeklyHours overlap: {dup} is given twice.", nameof(weeklyHours));
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i - 1].Overlaps(sorted[i]))
            {
                throw new ArgumentException($"weeklyHours overlap: {sorted[i - 1]} and {sorted[i]}.", nameof(weeklyHours));
            }
        }

        var holidayList = (holidays ?? []).Distinct().Order().ToImmutableArray();
        var holidaySet = holidayList.ToHashSet();
        var byDay = sorted.ToLookup(h => h.Day);
        var starts = new List<long>();
        var ends = new List<long>();
        for (var date = coverage.Start; date <= coverage.End; date = date.PlusDays(1))
        {
            if (holidaySet.Contains(date))
            {
                continue;
            }

            foreach (var h in byDay[date.DayOfWeek])
            {
                var s = ToNanos(zone.AtLeniently(date + h.Start).ToInstant());
                var e = h.End == LocalTime.Midnight
                    ? ToNanos(zone.AtStartOfDay(date.PlusDays(1)).ToInstant())
                    : ToNanos(zone.AtLeniently(date + h.End).ToInstant());
                if (e <= s)
                {
                    continue; // the whole span fell into a DST gap
                }

                if (ends.Count > 0 && ends[^1] >= s)
                {
                    ends[^1] = Math.Max(ends[^1], e); // adjoining spans (23:00–24:00 then 00:00–06:00) merge
                }
                else
                {
                    starts.Add(s);
                    ends.Add(e);
                }
            }
        }

        if (starts.Count == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The calendar has no working time at all between {coverage.Start:uuuu-MM-dd} and {coverage.End:uuuu-MM-dd} (every working day is a holiday)."), nameof(holidays));
        }

        var cumulative = new long[starts.Count];
        var total = 0L;
        for (var i = 0; i < starts.Count; i++)
        {
            total += ends[i] - starts[i];
            cumulative[i] = total;
        }

        return new BusinessCalendar(zone, [.. sorted], holidayList, coverage, [.. starts], [.. ends], cumulative);
    }

    /// <summary>True if <paramref name="date"/> is one of the <see cref="Holidays"/>.</summary>
    public bool IsHoliday(LocalDate date) => _holidaySet.Contains(date);

    /// <summary>True if <paramref name="instant"/> falls in working time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="Coverage"/>.</exception>
    public bool IsWorkingTime(Instant instant)
    {
        var t = CheckedNanos(instant);
        var i = IndexAtOrBefore(t);
        return i >= 0 && t < _ends[i];
    }

    /// <summary>The business time elapsed from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside <see cref="Coverage"/>, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Duration BusinessTimeBetween(Instant start, Instant end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"end must not be before start ({start}); it was {end}.");
        }

        return Duration.FromNanoseconds(BusinessNanosBetween(CheckedNanos(start), CheckedNanos(end)));
    }

    /// <summary>The business time of <paramref name="interval"/> (start inclusive, end exclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is unbounded or outside <see cref="Coverage"/>.</exception>
    public Duration BusinessTimeIn(Interval interval)
    {
        if (!interval.HasStart || !interval.HasEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, $"interval must be bounded; it was {interval}.");
        }

        return BusinessTimeBetween(interval.Start, interval.End);
    }

    /// <summary>
    /// The first instant at which <paramref name="businessTime"/> of working time has elapsed since
    /// <paramref name="start"/>: a deadline. Zero business time gives <paramref name="start"/> itself.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessTime"/> is negative, or the deadline
    /// would fall outside <see cref="Coverage"/>.</exception>
    public Instant AddBusinessTime(Instant start, Duration businessTime)
    {
        Guard.Against.NegativeDuration(businessTime);

        var s = CheckedNanos(start);
        if (businessTime == Duration.Zero)
        {
            return start;
        }

        // Compared as durations first: a business time past what is left of the coverage (up to Duration's ±16,777,216
        // days) would overflow 64-bit nanoseconds and wrap to an instant before start.
        var left = Duration.FromNanoseconds(_cumulativeEnds[^1] - Cumulative(s));
        var target = businessTime <= left ? Cumulative(s) + businessTime.ToInt64Nanoseconds() : long.MaxValue;
        var i = Array.BinarySearch(_cumulativeEnds, target);
        if (i < 0)
        {
            i = ~i; // first span whose cumulative end exceeds the target
        }

        if (i >= _cumulativeEnds.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(businessTime), businessTime,
                $"businessTime {businessTime} from {start} ends after the calendar's coverage ({Coverage.End:uuuu-MM-dd}).");
        }

        var spanStartCumulative = _cumulativeEnds[i] - (_ends[i] - _starts[i]);
        return FromNanos(_starts[i] + (target - spanStartCumulative));
    }

    /// <summary>Like <see cref="AddBusinessTime"/>, but null when the deadline falls outside the coverage.</summary>
    internal Instant? TryAddBusinessTime(Instant start, Duration businessTime)
    {
        var before = Cumulative(CheckedNanos(start));
        if (businessTime <= Duration.Zero || businessTime > Duration.FromNanoseconds(_cumulativeEnds[^1] - before))
        {
            return businessTime == Duration.Zero ? start : null;
        }

        return AddBusinessTime(start, businessTime);
    }

    /// <summary>Business nanoseconds between two checked nanosecond instants (end &gt;= start).</summary>
    internal long BusinessNanosBetween(long start, long end) => Cumulative(end) - Cumulative(start);

    /// <summary>Nanoseconds since the Unix epoch, refusing instants outside the coverage.</summary>
    internal long CheckedNanos(Instant instant)
    {
        // Coverage lies within 1700–2250, inside the 64-bit nanosecond range (1677–2262): test that range first so
        // that Instant.MinValue or MaxValue is a coverage error, not an OverflowException.
        var t = instant >= MinNanos && instant <= MaxNanos ? ToNanos(instant) : long.MinValue;
        if (t < _coverageStart || t > _coverageEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, string.Create(CultureInfo.InvariantCulture,
                $"instant must fall within the calendar's coverage {Coverage.Start:uuuu-MM-dd}..{Coverage.End:uuuu-MM-dd} ({Zone.Id}); it was {instant}."));
        }

        return t;
    }

    /// <summary>Business nanoseconds from the start of the coverage to <paramref name="t"/>.</summary>
    private long Cumulative(long t)
    {
        var i = IndexAtOrBefore(t);
        if (i < 0)
        {
            return 0;
        }

        var before = _cumulativeEnds[i] - (_ends[i] - _starts[i]);
        return before + (Math.Min(t, _ends[i]) - _starts[i]);
    }

    /// <summary>The index of the last span starting at or before <paramref name="t"/>, or -1.</summary>
    private int IndexAtOrBefore(long t)
    {
        var i = Array.BinarySearch(_starts, t);
        return i >= 0 ? i : ~i - 1;
    }

    private static long ToNanos(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    private static Instant FromNanos(long nanos) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanos);
}
