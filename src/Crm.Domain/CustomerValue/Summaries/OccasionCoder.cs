using System.Runtime.CompilerServices;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>Occasion codes of dates, from a small direct-mapped cache: a log spans few distinct dates (a few hundred a
/// year), so almost every row finds its date there and skips the calendar arithmetic, whether the log is in date
/// order or grouped by customer. A code is <c>(key &lt;&lt; 1) | isHoldout</c>, where the key is the day number (or
/// period index): codes order like dates. Mutable cache: one coder per thread.</summary>
internal sealed class OccasionCoder
{
    private const int Bits = 10;
    private readonly Entry[] _entries = new Entry[1 << Bits];
    private readonly int _calibrationEndDay;
    private readonly SummaryPeriod _period;
    private readonly bool _sameDay;

    public OccasionCoder(int calibrationEndDay, SummaryPeriod period, bool sameDay)
    {
        _calibrationEndDay = calibrationEndDay;
        _period = period;
        _sameDay = sameDay;
        _entries.AsSpan().Fill(new Entry(default, -1, 0));
    }

    /// <summary>The occasion code of <paramref name="date"/>, with its day number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Code(LocalDate date, out int day)
    {
        // LocalDate's hash is its packed year-month-day-calendar; the multiply spreads it over the slots.
        var slot = (int)(((uint)date.GetHashCode() * 0x9E3779B9u) >> (32 - Bits));
        ref readonly var e = ref _entries[slot];
        if (e.Day >= 0 && e.Date == date)
        {
            day = e.Day;
            return e.Code;
        }

        return Refresh(slot, date, out day);
    }

    private int Refresh(int slot, LocalDate date, out int day)
    {
        var iso = SummaryTime.ToIso(date);
        day = SummaryTime.DayNumber(iso);
        var code = (SummaryTime.Key(iso, day, _period, _sameDay) << 1) | (day > _calibrationEndDay ? 1 : 0);
        _entries[slot] = new Entry(date, day, code);
        return code;
    }

    private readonly struct Entry(LocalDate date, int day, int code)
    {
        public readonly LocalDate Date = date;
        public readonly int Day = day;
        public readonly int Code = code;
    }
}
