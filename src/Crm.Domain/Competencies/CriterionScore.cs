using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>The combined view of one criterion in a <see cref="MaturityProfile"/>: all assessors' ratings of it.</summary>
/// <param name="CriterionId">The criterion's id.</param>
/// <param name="BlockId">The id of its block.</param>
/// <param name="CrmType">The type of CRM it serves.</param>
/// <param name="RatingCount">How many assessors rated it (0 = not rated).</param>
/// <param name="MeanLevel">The mean level of the ratings, 1–5; null when not rated.</param>
/// <param name="Lowest">The lowest level given; null when not rated.</param>
/// <param name="Highest">The highest level given; null when not rated.</param>
/// <param name="StandardDeviation">The population standard deviation of the levels (0 for one rating or none).</param>
/// <param name="Disagreement">True when <see cref="Spread"/> reaches the profile's disagreement threshold.</param>
/// <remarks>A result row: immutable, value equality.</remarks>
public sealed record CriterionScore(
    string CriterionId,
    string BlockId,
    CrmType CrmType,
    int RatingCount,
    double? MeanLevel,
    MaturityLevel? Lowest,
    MaturityLevel? Highest,
    double StandardDeviation,
    bool Disagreement)
{
    /// <summary>How many assessors rated it: a count &gt;= 0 (0 = not rated).</summary>
    public int RatingCount { get; init => field = Guard.Against.NegativeValue(value, nameof(RatingCount)); } = Guard.Against.NegativeValue(RatingCount);

    /// <summary>The mean level of the ratings, in [1, 5] (checked when built and when read from JSON); null when not rated.</summary>
    public double? MeanLevel { get; init => field = value is { } mean ? Guard.Against.OutsideRange(mean, 1d, 5d, nameof(MeanLevel)) : null; } = MeanLevel is { } mean ? Guard.Against.OutsideRange(mean, 1d, 5d, nameof(MeanLevel)) : null;

    /// <summary>The population standard deviation of the levels: a finite number &gt;= 0 (0 for one rating or none).</summary>
    public double StandardDeviation { get; init => field = Guard.Against.NegativeValue(value, nameof(StandardDeviation)); } = Guard.Against.NegativeValue(StandardDeviation);

    /// <summary>Highest minus lowest level, in levels (0 when rated once or not at all).</summary>
    public int Spread => Lowest is { } lo && Highest is { } hi ? hi.Value - lo.Value : 0;

    /// <summary>The mean level on the 0–100 index ((mean − 1) × 25), or null when not rated.</summary>
    public double? Index => MeanLevel is { } m ? (m - 1d) * 25d : null;

    /// <summary>True when at least one assessor rated the criterion.</summary>
    public bool IsRated => RatingCount > 0;
}
