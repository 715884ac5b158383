using Ardalis.GuardClauses;
using Crm.Domain.Scoring;

namespace Crm.Domain.Acquisition;

/// <summary>A lead's score with every factor's contribution and the resulting temperature.</summary>
/// <param name="Breakdown">The total and each rule's contribution.</param>
/// <param name="Temperature">Cold, warm or hot by the scorer's thresholds.</param>
public sealed record LeadScore(ScoreBreakdown Breakdown, LeadTemperature Temperature)
{
    /// <summary>The total and each rule's contribution (not null).</summary>
    public ScoreBreakdown Breakdown { get; init => field = Guard.Against.Null(value, nameof(Breakdown)); } = Guard.Against.Null(Breakdown);

    /// <summary>The total score.</summary>
    public Score Total => Breakdown.Total;
}
