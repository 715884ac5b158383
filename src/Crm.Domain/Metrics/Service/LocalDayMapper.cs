using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>
/// Maps instants to local epoch days (days since 1970-01-01 in a zone) without building a <see cref="ZonedDateTime"/>
/// per instant: it caches the zone interval (constant UTC offset) of the last instant, so a batch of instants that are
/// close in time costs an addition and a multiplication each, and keeps a few recent intervals so that unsorted
/// instants over several DST changes rarely ask the zone again. Mutable on purpose: a stack-local helper of batch loops,
/// never stored in a public type.
/// </summary>
internal struct LocalDayMapper
{
    internal const long TicksPerDay = NodaConstants.TicksPerDay;

    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private const int Slots = 8;
    private const double InverseTicksPerDay = 1d / TicksPerDay;

    private readonly DateTimeZone _zone;

    // A few recently used zone intervals (constant-offset spans), so that unsorted instants spanning several DST
    // changes still hit; slot 0..count-1 are valid, replaced round-robin.
    private readonly long[] _intervals; // [start, end, offset] per slot
    private int _count;
    private int _next;
    private long _startTicks;
    private long _endTicks;
    private long _offsetTicks;

    public LocalDayMapper(DateTimeZone zone)
    {
        _zone = zone;
        _intervals = new long[Slots * 3];
        _count = 0;
        _next = 0;
        _startTicks = long.MaxValue;
        _endTicks = long.MinValue;
        _offsetTicks = 0;
    }

    /// <summary>The local date of <paramref name="instant"/> as days since 1970-01-01 (may be negative).</summary>
    public int EpochDay(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks(); // floors sub-tick nanoseconds: harmless for a day number
        if (ticks < _startTicks || ticks >= _endTicks)
        {
            Refresh(instant);
        }

        return FloorDay(ticks + _offsetTicks);
    }

    /// <summary>floor(localTicks / TicksPerDay) without a 64-bit division (tens of cycles): a multiplication by the
    /// reciprocal, then an exact correction of the rare off-by-one from rounding.</summary>
    private static int FloorDay(long localTicks)
    {
        var day = (long)Math.Floor(localTicks * InverseTicksPerDay);
        var start = day * TicksPerDay;
        if (start > localTicks)
        {
            day--;
        }
        else if (start + TicksPerDay <= localTicks)
        {
            day++;
        }

        return (int)day;
    }

    /// <summary>The date of an epoch day.</summary>
    public static LocalDate ToDate(int epochDay) => Epoch.PlusDays(epochDay);

    /// <summary>The epoch day of an ISO date.</summary>
    public static int ToEpochDay(LocalDate date) =>
        (int)FloorDiv(date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks(), TicksPerDay);

    private void Refresh(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        for (var i = 0; i < _count; i++)
        {
            if (ticks >= _intervals[3 * i] && ticks < _intervals[(3 * i) + 1])
            {
                (_startTicks, _endTicks, _offsetTicks) = (_intervals[3 * i], _intervals[(3 * i) + 1], _intervals[(3 * i) + 2]);
                return;
            }
        }

        var interval = _zone.GetZoneInterval(instant);
        _startTicks = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
        _endTicks = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue;
        _offsetTicks = interval.WallOffset.Ticks;
        (_intervals[3 * _next], _intervals[(3 * _next) + 1], _intervals[(3 * _next) + 2]) = (_startTicks, _endTicks, _offsetTicks);
        _next = (_next + 1) % Slots;
        _count = Math.Min(_count + 1, Slots);
    }

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }
}
