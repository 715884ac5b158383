using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Retention;

/// <summary>The spend trend of one account over consecutive periods.</summary>
/// <param name="Customer">The account.</param>
/// <param name="Periods">How many periods were observed.</param>
/// <param name="SlopePerPeriod">The Theil–Sen slope: the typical change in spend from one period to the next.</param>
/// <param name="MedianSpend">The median spend per period.</param>
/// <param name="RelativeChangePerPeriod">The slope over the median spend (−0.1 = falling 10 % of typical spend a period); null when the median is 0.</param>
/// <param name="IsDeclining">True when the relative fall is beyond the monitor's threshold.</param>
public sealed record AccountTrend(CustomerId Customer, int Periods, Money SlopePerPeriod, Money MedianSpend, double? RelativeChangePerPeriod, bool IsDeclining)
{
    /// <summary>The slope over the median spend (−0.1 = falling 10 % of typical spend a period): a finite number; null when the median is 0.</summary>
    public double? RelativeChangePerPeriod { get; init => field = Guard.Against.NonFinite(value, nameof(RelativeChangePerPeriod)); } = Guard.Against.NonFinite(RelativeChangePerPeriod);
}
