using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>
/// Service call volume of one service desk: calls per local date and per month (sorted), the total, the busiest day,
/// and means over reporting windows. The result of <see cref="CallVolumeAccumulator"/>.
/// </summary>
/// <remarks>
/// <para>Dates are local dates in <see cref="Zone"/> (the desk's zone), ISO calendar. <see cref="PerDay"/> lists only
/// days with at least one call, in ascending date order; <see cref="PerMonth"/> likewise per month. With no calls the
/// lists are empty, <see cref="Total"/> is 0 and <see cref="BusiestDay"/> is null.</para>
/// <para>Equality compares the zone id and the daily counts. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CallVolume : IEquatable<CallVolume>
{
    /// <summary>Creates a call volume (the JSON constructor), checking that days ascend strictly and counts are positive.</summary>
    /// <exception cref="ArgumentException">The days are not strictly ascending, a count is not positive, or
    /// <paramref name="perDay"/> is <c>default</c>.</exception>
    [JsonConstructor]
    public CallVolume(DateTimeZone? zone, ImmutableArray<DailyCallCount> perDay)
    {
        if (perDay.IsDefault)
        {
            throw new ArgumentException("perDay must not be a default ImmutableArray; use an empty one.", nameof(perDay));
        }

        long total = 0;
        for (var i = 0; i < perDay.Length; i++)
        {
            if (perDay[i].Count <= 0 || (i > 0 && perDay[i - 1].Date >= perDay[i].Date))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"perDay must list days with a count > 0 in strictly ascending date order; entry {i} ({perDay[i]}) breaks it."),
                    nameof(perDay));
            }

            total = CountGuards.TotalPlus(total, perDay[i].Count, nameof(perDay));
        }

        Zone = zone;
        PerDay = perDay;
        Total = total;
        PerMonth = ToMonths(perDay);
        BusiestDay = perDay.IsEmpty ? null : perDay.Aggregate((best, d) => d.Count > best.Count ? d : best);
    }

    /// <summary>The desk's zone in which dates are counted; null only for the zone-less empty accumulator's result.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Calls per local date, days with calls only, ascending.</summary>
    public ImmutableArray<DailyCallCount> PerDay { get; }

    /// <summary>Calls per month, months with calls only, ascending.</summary>
    public ImmutableArray<MonthlyCallCount> PerMonth { get; }

    /// <summary>All calls.</summary>
    public long Total { get; }

    /// <summary>The day with the most calls (the earliest such day on a tie); null when there are no calls.</summary>
    public DailyCallCount? BusiestDay { get; }

    /// <summary>The calls on <paramref name="date"/> (0 if none).</summary>
    public long CountOn(LocalDate date)
    {
        var i = IndexOf(date);
        return i < PerDay.Length && PerDay[i].Date == date ? PerDay[i].Count : 0;
    }

    /// <summary>The calls in <paramref name="month"/> (0 if none).</summary>
    public long CountIn(YearMonth month)
    {
        foreach (var m in PerMonth)
        {
            if (m.Month == month)
            {
                return m.Count;
            }
        }

        return 0;
    }

    /// <summary>The calls on the days of <paramref name="interval"/> (both ends included).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public long CountIn(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        long sum = 0;
        for (var i = IndexOf(interval.Start); i < PerDay.Length && PerDay[i].Date <= interval.End; i++)
        {
            sum += PerDay[i].Count;
        }

        return sum;
    }

    /// <summary>The mean number of calls per day over <paramref name="interval"/>: calls on its days / its length in
    /// days, days without calls counting as 0 (an interval always has at least one day, so this is always defined).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public double MeanPerDay(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return (double)CountIn(interval) / interval.Length;
    }

    /// <inheritdoc />
    public bool Equals(CallVolume? other) =>
        other is not null && ZoneRules.Same(Zone, other.Zone) && PerDay.AsSpan().SequenceEqual(other.PerDay.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CallVolume);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zone?.Id, Total, PerDay.Length);

    /// <summary>Text such as <c>Europe/London: 9120 calls on 30 days, busiest 2026-03-02: 412</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Zone?.Id ?? "(no zone)"}: {Total} calls on {PerDay.Length} days, busiest {BusiestDay?.ToString() ?? "none"}");

    private int IndexOf(LocalDate date)
    {
        int lo = 0, hi = PerDay.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (PerDay[mid].Date < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static ImmutableArray<MonthlyCallCount> ToMonths(ImmutableArray<DailyCallCount> perDay)
    {
        var months = ImmutableArray.CreateBuilder<MonthlyCallCount>();
        foreach (var day in perDay)
        {
            var month = day.Date.ToYearMonth();
            if (months.Count > 0 && months[^1].Month == month)
            {
                months[^1] = new MonthlyCallCount(month, months[^1].Count + day.Count);
            }
            else
            {
                months.Add(new MonthlyCallCount(month, day.Count));
            }
        }

        return months.ToImmutable();
    }

    /// <summary>Equality (see <see cref="Equals(CallVolume)"/>); two nulls are equal.</summary>
    public static bool operator ==(CallVolume? left, CallVolume? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CallVolume? left, CallVolume? right) => !(left == right);
}
