using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Competencies;

/// <summary>A cut of a <see cref="MaturityProfile"/> by type of CRM: the criteria of one <see cref="CrmType"/>.</summary>
/// <param name="CrmType">The type of CRM.</param>
/// <param name="Index">Mean of the rated criteria's index points weighted by their effective weights, 0–100; null
/// when none is rated.</param>
/// <param name="Coverage">Rated criteria of this type over all criteria of this type.</param>
/// <remarks>A result row: immutable, value equality.</remarks>
public sealed record CrmTypeScore(CrmType CrmType, double? Index, Ratio Coverage)
{
    /// <summary>Mean of the rated criteria's index points, 0–100 (finite); null when none is rated.</summary>
    public double? Index { get; init => field = Guard.Against.NonFinite(value, nameof(Index)); } = Guard.Against.NonFinite(Index);
}
