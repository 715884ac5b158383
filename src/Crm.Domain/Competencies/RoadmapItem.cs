using Ardalis.GuardClauses;

namespace Crm.Domain.Competencies;

/// <summary>One step of a <see cref="Roadmap"/>.</summary>
/// <param name="Sequence">1-based position in the execution order.</param>
/// <param name="Ranked">The initiative with its rank and priority.</param>
/// <param name="ScheduledPhase">The phase it runs in: its own phase, or a later one when a dependency belongs to a
/// later phase (see <see cref="Deferred"/>).</param>
/// <remarks>A result row: immutable, value equality.</remarks>
public sealed record RoadmapItem(int Sequence, RankedInitiative Ranked, RoadmapPhase ScheduledPhase)
{
    /// <summary>The initiative with its rank and priority (not null).</summary>
    public RankedInitiative Ranked { get; init => field = Guard.Against.Null(value, nameof(Ranked)); } = Guard.Against.Null(Ranked);

    /// <summary>The initiative.</summary>
    public Initiative Initiative => Ranked.Initiative;

    /// <summary>True when a dependency pushed the initiative past its own phase.</summary>
    public bool Deferred => ScheduledPhase > Ranked.Initiative.Phase;
}
