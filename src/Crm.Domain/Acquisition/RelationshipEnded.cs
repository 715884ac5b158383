using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>The relationship ended (<see cref="Relationship.End"/>): no further move is possible.</summary>
/// <param name="At">When it ended.</param>
public sealed record RelationshipEnded(Instant At) : RelationshipEvent(At);
