using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>The prospect's attitude was assessed again (<see cref="Relationship.WithAttitude"/>).</summary>
/// <param name="At">When the attitude was assessed.</param>
/// <param name="Attitude">The new attitude (a defined member; <see cref="ProspectAttitude.Unknown"/> allowed).</param>
public sealed record RelationshipAttitudeChanged(Instant At, ProspectAttitude Attitude) : RelationshipEvent(At);
