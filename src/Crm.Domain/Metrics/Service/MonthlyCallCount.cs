using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>The number of service calls in one calendar month of a service desk (local dates).</summary>
/// <remarks>Equality compares month and count. <c>default</c> is 0 calls in 0001-01. Immutable and thread-safe.</remarks>
public readonly record struct MonthlyCallCount
{
    /// <summary>Creates a monthly count.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [JsonConstructor]
    public MonthlyCallCount(YearMonth month, long count)
    {
        Month = month;
        Count = Guard.Against.NegativeValue(count);
    }

    /// <summary>The month (of local dates in the desk's zone).</summary>
    public YearMonth Month { get; }

    /// <summary>The number of calls (&gt;= 0).</summary>
    public long Count { get; }

    /// <summary>Invariant text such as <c>2026-03: 9120</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:uuuu'-'MM}: {Count}");
}
