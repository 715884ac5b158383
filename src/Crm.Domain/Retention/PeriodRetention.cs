using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Retention;

/// <summary>Retention over one month: of the customers active at the end of the previous month, how many are still active.</summary>
/// <param name="Month">The month measured.</param>
/// <param name="AtStart">Customers active at the end of the previous month (the base).</param>
/// <param name="Retained">Of the base, still active this month.</param>
/// <param name="Lost">Of the base, no longer active (churned): <c>Retained + Lost == AtStart</c>.</param>
/// <param name="Acquired">Active this month but not in the base (new or returning).</param>
/// <param name="Defected">Of the base, customers with a recorded defection this month.</param>
public sealed record PeriodRetention(YearMonth Month, long AtStart, long Retained, long Lost, long Acquired, long Defected)
{
    /// <summary>Retained over the base.</summary>
    public Ratio RetentionRate => Ratio.Rate(Retained, AtStart);

    /// <summary>Lost over the base.</summary>
    public Ratio ChurnRate => Ratio.Rate(Lost, AtStart);

    /// <summary>Recorded defections over the base: the rate at which customers stop buying and say so.</summary>
    public Ratio DefectionRate => Ratio.Rate(Defected, AtStart);
}
