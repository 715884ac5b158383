using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>The number of service calls on one local date of a service desk.</summary>
/// <remarks>Equality compares date and count. <c>default</c> is 0 calls on 0001-01-01. Immutable and thread-safe.</remarks>
public readonly record struct DailyCallCount
{
    /// <summary>Creates a daily count.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [JsonConstructor]
    public DailyCallCount(LocalDate date, long count)
    {
        Date = date;
        Count = Guard.Against.NegativeValue(count);
    }

    /// <summary>The local date (in the desk's zone).</summary>
    public LocalDate Date { get; }

    /// <summary>The number of calls (&gt;= 0).</summary>
    public long Count { get; }

    /// <summary>Invariant text such as <c>2026-03-29: 412</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Date:uuuu'-'MM'-'dd}: {Count}");
}
