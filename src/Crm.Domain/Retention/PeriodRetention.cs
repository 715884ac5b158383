using Ardalis.GuardClauses;
using Crm.Domain.Guards;
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
/// <remarks>The counts are checked when the row is built (and so when it is read from JSON): each is a count (&gt;= 0),
/// <c>Retained</c> and <c>Defected</c> are at most <c>AtStart</c>, and <c>Retained + Lost == AtStart</c>; otherwise an
/// <see cref="ArgumentOutOfRangeException"/> naming the count. Immutable and thread-safe.</remarks>
public sealed record PeriodRetention(YearMonth Month, long AtStart, long Retained, long Lost, long Acquired, long Defected)
{
    /// <summary>Customers active at the end of the previous month (the base); &gt;= 0.</summary>
    public long AtStart { get; } = Guard.Against.NegativeValue(AtStart);

    /// <summary>Of the base, still active this month; in [0, <see cref="AtStart"/>].</summary>
    public long Retained { get; } = Guard.Against.OutsideRange(Retained, 0L, Math.Max(0L, AtStart));

    /// <summary>Of the base, no longer active: <c>AtStart - Retained</c>.</summary>
    public long Lost { get; } = Guard.Against.NotEqualToCounts(Lost, AtStart - Retained, "AtStart - Retained");

    /// <summary>Active this month but not in the base; &gt;= 0.</summary>
    public long Acquired { get; } = Guard.Against.NegativeValue(Acquired);

    /// <summary>Of the base, customers with a recorded defection this month; in [0, <see cref="AtStart"/>].</summary>
    public long Defected { get; } = Guard.Against.OutsideRange(Defected, 0L, Math.Max(0L, AtStart));

    /// <summary>Retained over the base.</summary>
    public Ratio RetentionRate => Ratio.Rate(Retained, AtStart);

    /// <summary>Lost over the base.</summary>
    public Ratio ChurnRate => Ratio.Rate(Lost, AtStart);

    /// <summary>Recorded defections over the base: the rate at which customers stop buying and say so.</summary>
    public Ratio DefectionRate => Ratio.Rate(Defected, AtStart);
}
