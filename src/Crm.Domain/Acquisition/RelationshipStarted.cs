using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>A relationship started: the first event of every relationship's history, carrying what
/// <see cref="Relationship.Start"/> took.</summary>
/// <param name="At">When the relationship started.</param>
/// <param name="Id">The relationship's identifier (not blank; a host usually reuses the lead's id).</param>
/// <param name="Source">Where the prospect came from (one of the ten inputs, never <see cref="LeadSource.Unknown"/>).</param>
/// <param name="Attitude">The prospect's attitude (a defined member; <see cref="ProspectAttitude.Unknown"/> allowed).</param>
/// <param name="Phase">The first phase: <see cref="Relationship.StartPhaseFor"/> of <paramref name="Source"/>.</param>
public sealed record RelationshipStarted(Instant At, string Id, LeadSource Source, ProspectAttitude Attitude, RelationshipPhase Phase)
    : RelationshipEvent(At);
