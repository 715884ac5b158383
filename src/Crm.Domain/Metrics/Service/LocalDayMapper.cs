using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>
/// Maps instants to local epoch days (days since 1970-01-01 in a zone) without building a <see cref="ZonedDateTime"/>
/// per instant: it caches the zone interval (constant UTC offset) of the last instant, so a batch of instants that are
/// close in time costs one addition and one division each. Mutable on purpose: a stack-local helper of batch loops,
/// never stored in a public type.
/// </summary>
internal struct LocalDayMapper
{
    internal const long TicksPerDay = NodaConstants.TicksPerDay;

    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private readonly DateTimeZone _zone;
    private long _startTicks;
    private long _endTicks;
    private long _offsetTicks;

    public LocalDayMapper(DateTimeZone zone)
    {
        _zone = zone;
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

        return (int)FloorDiv(ticks + _offsetTicks, TicksPerDay);
    }

    /// <summary>The date of an epoch day.</summary>
    public static LocalDate ToDate(int epochDay) => Epoch.PlusDays(epochDay);

    /// <summary>The epoch day of an ISO date.</summary>
    public static int ToEpochDay(LocalDate date) =>
        (int)FloorDiv(date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks(), TicksPerDay);

    private void Refresh(Instant instant)
    {
        var interval = _zone.GetZoneInterval(instant);
        _startTicks = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
        _endTicks = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue;
        _offsetTicks = interval.WallOffset.Ticks;
    }

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }
}
