using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>A relationship moved to its next phase (<see cref="Relationship.Advance"/>, <see cref="Relationship.MoveTo"/>).</summary>
/// <param name="From">The phase before: the relationship's phase when the move happened.</param>
/// <param name="To">The phase after: the one after <paramref name="From"/> (<see cref="Relationship.NextPhase"/>).</param>
/// <param name="At">When the move happened.</param>
public sealed record RelationshipPhaseChanged(RelationshipPhase From, RelationshipPhase To, Instant At) : RelationshipEvent(At);
