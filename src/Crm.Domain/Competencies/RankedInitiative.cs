using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Scoring;

namespace Crm.Domain.Competencies;

/// <summary>An initiative with its priority under an <see cref="InitiativeRanking"/>.</summary>
/// <param name="Rank">1 for the highest priority; ties broken by initiative id (ordinal), so ranks are unique.</param>
/// <param name="Initiative">The initiative.</param>
/// <param name="GapShare">Share of the analysis' total weighted gap held by the criteria it closes, 0–100.</param>
/// <param name="Priority">The priority score with each factor's contribution (weighted gap, strategic alignment,
/// effort).</param>
/// <remarks>A result row: immutable, value equality.</remarks>
public sealed record RankedInitiative(int Rank, Initiative Initiative, double GapShare, ScoreBreakdown Priority)
{
    /// <summary>The initiative (not null).</summary>
    public Initiative Initiative { get; init => field = Guard.Against.Null(value, nameof(Initiative)); } = Guard.Against.Null(Initiative);

    /// <summary>Share of the analysis' total weighted gap held by the criteria it closes, 0–100 (finite).</summary>
    public double GapShare { get; init => field = Guard.Against.NonFinite(value, nameof(GapShare)); } = Guard.Against.NonFinite(GapShare);

    /// <summary>The priority score with each factor's contribution (not null).</summary>
    public ScoreBreakdown Priority { get; init => field = Guard.Against.Null(value, nameof(Priority)); } = Guard.Against.Null(Priority);
}
