using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Retention;

/// <summary>
/// Monitors declining accounts: fits a robust (Theil–Sen) slope to each account's spend per period and flags those
/// falling by more than <see cref="FallThreshold"/> of their median spend per period.
/// </summary>
/// <remarks>Theil–Sen is the median of all pairwise slopes, so one exceptional order or a refund does not make an
/// account look like it is growing or collapsing. Cost is O(n² log n) per account in the number of periods (meant
/// for tens of periods). Immutable and thread-safe.</remarks>
public sealed class DecliningAccountsMonitor
{
    private DecliningAccountsMonitor(double fallThreshold, int minimumPeriods)
    {
        FallThreshold = fallThreshold;
        MinimumPeriods = minimumPeriods;
    }

    /// <summary>The relative fall per period that flags an account (0.05 = 5 % of median spend a period); &gt;= 0.</summary>
    public double FallThreshold { get; }

    /// <summary>The fewest periods a trend is fitted on (&gt;= 3).</summary>
    public int MinimumPeriods { get; }

    /// <summary>Creates a monitor.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fallThreshold"/> is negative or not finite, or <paramref name="minimumPeriods"/> is under 3.</exception>
    public static DecliningAccountsMonitor Create(double fallThreshold, int minimumPeriods = 4)
    {
        Guard.Against.NegativeValue(fallThreshold);
        Guard.Against.OutsideRange(minimumPeriods, 3, 10_000);
        return new DecliningAccountsMonitor(fallThreshold, minimumPeriods);
    }

    /// <summary>The trend of one account from its spend in consecutive periods (oldest first, zero for a period without spend).</summary>
    /// <returns>The trend, or null when there are fewer than <see cref="MinimumPeriods"/> periods.</returns>
    /// <exception cref="ArgumentException">The amounts are in different currencies.</exception>
    public AccountTrend? Assess(CustomerId customer, IReadOnlyList<Money> spendPerPeriod)
    {
        Guard.Against.Null(spendPerPeriod);
        if (spendPerPeriod.Count < MinimumPeriods)
        {
            return null;
        }

        var currency = spendPerPeriod[0].Currency;
        var y = new double[spendPerPeriod.Count];
        for (var i = 0; i < y.Length; i++)
        {
            if (spendPerPeriod[i].Currency != currency)
            {
                throw new ArgumentException($"spendPerPeriod mixes currencies: {spendPerPeriod[0]} and {spendPerPeriod[i]} (period {i}).", nameof(spendPerPeriod));
            }

            y[i] = (double)spendPerPeriod[i].Amount;
        }

        var slope = TheilSen.Slope(y);
        var median = TheilSen.Median((double[])y.Clone());
        double? relative = median > 0 ? slope / median : null;
        var declining = relative is { } r ? r < -FallThreshold : slope < 0;
        return new AccountTrend(customer, y.Length, Money.Of((decimal)slope, currency), Money.Of((decimal)median, currency), relative, declining);
    }
}
