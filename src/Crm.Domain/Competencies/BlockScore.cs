using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Competencies;

/// <summary>The score of one block in a <see cref="MaturityProfile"/>.</summary>
/// <param name="BlockId">The block's id.</param>
/// <param name="Title">The block's title.</param>
/// <param name="Weight">The block's weight in the framework.</param>
/// <param name="Index">Weighted mean of the rated criteria's index points, 0–100; null when no criterion of the
/// block is rated.</param>
/// <param name="Coverage">Rated criteria over the block's criteria.</param>
/// <param name="DisagreementCount">Criteria of the block on which the assessors disagree.</param>
/// <remarks>A result row: immutable, value equality.</remarks>
public sealed record BlockScore(string BlockId, string Title, double Weight, double? Index, Ratio Coverage, int DisagreementCount)
{
    /// <summary>The block's weight in the framework (finite; checked when built and when read from JSON).</summary>
    public double Weight { get; init => field = Guard.Against.NonFinite(value, nameof(Weight)); } = Guard.Against.NonFinite(Weight);

    /// <summary>Weighted mean of the rated criteria's index points, 0–100 (finite); null when no criterion of the block is rated.</summary>
    public double? Index { get; init => field = Guard.Against.NonFinite(value, nameof(Index)); } = Guard.Against.NonFinite(Index);

    /// <summary>The index as a level on the 1–5 scale (1 + index / 25), or null when unrated.</summary>
    public double? MeanLevel => Index is { } i ? 1d + (i / 25d) : null;
}
