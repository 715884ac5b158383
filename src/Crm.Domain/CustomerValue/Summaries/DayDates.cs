using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>The dates of day numbers from a small direct-mapped cache (slot = day mod 256): the first purchases of a
/// log fall on few distinct days, and the calendar arithmetic of <see cref="SummaryTime.FromDayNumber"/> costs more
/// than the rest of writing a customer's row. Mutable: one per thread.</summary>
internal sealed class DayDates
{
    private const int Slots = 256;
    private readonly int[] _days = new int[Slots];
    private readonly LocalDate[] _dates = new LocalDate[Slots];

    /// <summary>An empty cache.</summary>
    public DayDates() => _days.AsSpan().Fill(-1);

    /// <summary>The date of <paramref name="day"/> (days since 0001-01-01, ≥ 0).</summary>
    public LocalDate Of(int day)
    {
        var slot = day & (Slots - 1);
        if (_days[slot] != day)
        {
            _days[slot] = day;
            _dates[slot] = SummaryTime.FromDayNumber(day);
        }

        return _dates[slot];
    }
}
