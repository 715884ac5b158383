using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.CustomerValue.Models.Checks;

/// <summary>
/// Tracks a cohort's repeat transactions period by period and cumulatively, actual against the model (the tracking
/// plot of Fader, Hardie &amp; Lee 2005, Figure 2, and lifetimes' <c>expected_cumulative_transactions</c>).
/// </summary>
/// <remarks>
/// Periods are those of the summaries (<see cref="SummaryOptions.PeriodLengthInDays"/> days each), counted from
/// <c>start</c>. Only customers of the summaries (first purchase in calibration) count. An actual repeat transaction is a
/// distinct purchase day after a customer's first (same-day merging, the rule of the published CDNOW figures).
/// Pure and thread-safe.
/// </remarks>
public static class TransactionTracking
{
    /// <summary>Computes <paramref name="periods"/> tracking points from <paramref name="start"/>.</summary>
    /// <typeparam name="TModel">The count model.</typeparam>
    /// <typeparam name="TCustomer">The customer key.</typeparam>
    /// <param name="model">The fitted model.</param>
    /// <param name="data">The cohort's summaries (their first purchases and period).</param>
    /// <param name="log">The transaction log the summaries were built from.</param>
    /// <param name="start">Day 0 of period 1 (e.g. the cohort's first day).</param>
    /// <param name="periods">The number of periods (1 to 10,000).</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is out of range.</exception>
    public static ImmutableArray<TrackingPoint> Of<TModel, TCustomer>(in TModel model, CustomerSummaries<TCustomer> data, ReadOnlySpan<CustomerTransaction<TCustomer>> log, LocalDate start, int periods)
        where TModel : struct, ITransactionModel
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        Guard.Against.Null(data);
        Guard.Against.OutsideRange(periods, 1, 10_000);
        double length = data.Options.PeriodLengthInDays;

        // Expected: customers grouped by their first-purchase day, E[X(t)] once per day and period end.
        var firstDays = new Dictionary<LocalDate, int>();
        var firstOf = new Dictionary<TCustomer, LocalDate>(data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            var first = data.FirstPurchases[i];
            firstDays[first] = firstDays.GetValueOrDefault(first) + 1;
            firstOf[data.Customers[i]] = first;
        }

        var expectedCumulative = new double[periods];
        foreach (var (day, count) in firstDays)
        {
            double s = Period.Between(start, day, PeriodUnits.Days).Days / length;
            for (int w = 1; w <= periods; w++)
            {
                if (w > s)
                {
                    expectedCumulative[w - 1] += count * model.ExpectedTransactionsNewCustomer(w - s);
                }
            }
        }

        // Actual: distinct purchase days after each customer's first, bucketed by period.
        var actual = new double[periods];
        var seen = new HashSet<(TCustomer, LocalDate)>();
        foreach (var t in log)
        {
            if (!firstOf.TryGetValue(t.Customer, out var first) || t.Date <= first || !seen.Add((t.Customer, t.Date)))
            {
                continue;
            }

            int bucket = (int)Math.Floor(Period.Between(start, t.Date, PeriodUnits.Days).Days / length);
            if (bucket >= 0 && bucket < periods)
            {
                actual[bucket]++;
            }
        }

        var points = ImmutableArray.CreateBuilder<TrackingPoint>(periods);
        double actualCumulative = 0d;
        for (int w = 0; w < periods; w++)
        {
            actualCumulative += actual[w];
            double expected = expectedCumulative[w] - (w == 0 ? 0d : expectedCumulative[w - 1]);
            points.Add(new TrackingPoint(w + 1, actual[w], expected, actualCumulative, expectedCumulative[w]));
        }

        return points.MoveToImmutable();
    }
}
