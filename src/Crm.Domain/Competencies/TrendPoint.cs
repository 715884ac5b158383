using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>One point of a <see cref="MaturityTrend"/>.</summary>
/// <param name="Date">The assessment date.</param>
/// <param name="Index">The index (0–100) on that date, or null when not rated.</param>
/// <remarks>A result row: immutable, value equality.</remarks>
public readonly record struct TrendPoint(LocalDate Date, double? Index)
{
    /// <summary>The index (0–100, finite) on that date, or null when not rated.</summary>
    public double? Index { get; init => field = Guard.Against.NonFinite(value, nameof(Index)); } = Guard.Against.NonFinite(Index);
}
