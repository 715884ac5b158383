using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>The gap of one criterion in a <see cref="GapAnalysis"/>.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="BlockId">Its block.</param>
/// <param name="CrmType">The type of CRM it serves.</param>
/// <param name="CurrentLevel">The current mean level (1–5), or null when not rated.</param>
/// <param name="Target">The target level.</param>
/// <param name="Gap">Levels still to climb: max(0, target − current), with an unrated criterion counted as initial
/// (you cannot claim what nobody assessed); 0–4.</param>
/// <param name="WeightedGap">Overall-index points at stake: Gap × 25 × the criterion's effective weight
/// (<see cref="CompetencyFramework.EffectiveWeight"/>); the sum over all criteria is what closing every gap would add
/// to a fully covered overall index.</param>
/// <remarks>A result row: immutable, value equality.</remarks>
public sealed record CriterionGap(string CriterionId, string BlockId, CrmType CrmType, double? CurrentLevel, MaturityLevel Target, double Gap, double WeightedGap)
{
    /// <summary>The current mean level (1–5, finite), or null when not rated.</summary>
    public double? CurrentLevel { get; init => field = Guard.Against.NonFinite(value, nameof(CurrentLevel)); } = Guard.Against.NonFinite(CurrentLevel);

    /// <summary>Levels still to climb, 0–4 (finite).</summary>
    public double Gap { get; init => field = Guard.Against.NonFinite(value, nameof(Gap)); } = Guard.Against.NonFinite(Gap);

    /// <summary>Overall-index points at stake, a finite number &gt;= 0.</summary>
    public double WeightedGap { get; init => field = Guard.Against.NonFinite(value, nameof(WeightedGap)); } = Guard.Against.NonFinite(WeightedGap);

    /// <summary>True when the criterion was rated.</summary>
    public bool IsRated => CurrentLevel is not null;

    /// <summary>True when the current level reaches the target.</summary>
    public bool MeetsTarget => Gap <= 0d;
}
