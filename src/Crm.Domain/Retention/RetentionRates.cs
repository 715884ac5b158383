using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Retention;

/// <summary>Retention, churn and defection rates per month from activity and recorded defections.</summary>
/// <remarks>A customer is active in a month when they bought in it or in the <c>activeWindowMonths − 1</c> months
/// before (a window of 1 means "bought this month"). Pure functions; thread-safe.</remarks>
public static class RetentionRates
{
    /// <summary>The rates for every month after the first one in the data, oldest first.</summary>
    /// <param name="activity">Activity rows.</param>
    /// <param name="activeWindowMonths">How many months a purchase keeps a customer active (1–120).</param>
    /// <param name="defections">Recorded defections, or null.</param>
    /// <param name="zone">The zone that turns defection instants into months (required with defections).</param>
    /// <exception cref="ArgumentOutOfRangeException">The activity spans more than 1,200 months (a century), or the
    /// window is outside 1–120.</exception>
    public static ImmutableArray<PeriodRetention> PerMonth(ReadOnlySpan<CohortActivity> activity, int activeWindowMonths = 1, IEnumerable<Defection>? defections = null, DateTimeZone? zone = null)
    {
        Guard.Against.OutsideRange(activeWindowMonths, 1, 120);
        if (defections is not null)
        {
            Guard.Against.Null(zone);
        }

        var index = CohortIndex.Build(activity, null);
        var n = index.Customers;
        var m = index.Months;
        var active = new bool[(long)n * m];
        for (var i = 0; i < index.CustomerOf.Length; i++)
        {
            var row = (long)index.CustomerOf[i] * m;
            var last = Math.Min(m - 1, index.MonthOf[i] + activeWindowMonths - 1);
            for (var k = index.MonthOf[i]; k <= last; k++)
            {
                active[row + k] = true;
            }
        }

        var defected = new HashSet<(CustomerId, int)>();
        foreach (var d in defections ?? [])
        {
            defected.Add((d.Customer, CohortIndex.Ordinal(d.At.InZone(zone!).Date.ToYearMonth(), nameof(defections)) - index.MinMonth));
        }

        var ids = new CustomerId[n];
        for (var i = 0; i < index.CustomerOf.Length; i++)
        {
            ids[index.CustomerOf[i]] = activity[i].Customer;
        }

        var result = ImmutableArray.CreateBuilder<PeriodRetention>(Math.Max(0, m - 1));
        for (var k = 1; k < m; k++)
        {
            long atStart = 0, retained = 0, acquired = 0, lostToDefection = 0;
            for (var c = 0; c < n; c++)
            {
                var before = active[((long)c * m) + k - 1];
                var now = active[((long)c * m) + k];
                atStart += before ? 1 : 0;
                retained += before && now ? 1 : 0;
                acquired += !before && now ? 1 : 0;
                if (before && defected.Count > 0 && defected.Contains((ids[c], k)))
                {
                    lostToDefection++;
                }
            }

            result.Add(new PeriodRetention(CohortIndex.FromOrdinal(index.MinMonth + k), atStart, retained, atStart - retained, acquired, lostToDefection));
        }

        return result.MoveToImmutable();
    }
}
