using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Crm.Samples.Cluster.Grains.Kpis;

/// <summary>The key of a desk-day KPI grain: <c>desk/yyyy-MM-dd</c> (the UTC day a case was resolved).</summary>
public static class DeskDay
{
    /// <summary>The key for a desk and a day.</summary>
    public static string Key(string desk, LocalDate day)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(desk);
        return string.Create(CultureInfo.InvariantCulture, $"{desk}/{LocalDatePattern.Iso.Format(day)}");
    }

    /// <summary>Every key for the desks and the days from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static IEnumerable<string> Keys(IEnumerable<string> desks, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(desks);
        if (to < from)
        {
            throw new ArgumentException($"to ({to}) must not be before from ({from}).", nameof(to));
        }

        return desks.SelectMany(desk => Enumerable.Range(0, Period.Between(from, to, PeriodUnits.Days).Days + 1).Select(d => Key(desk, from.PlusDays(d))));
    }
}
