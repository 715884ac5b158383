using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// The stored form of a <see cref="Relationship"/> (<see cref="Relationship.ToSnapshot"/>, <see cref="Relationship.FromSnapshot"/>):
/// its state, for a host to query, and its history, which is the truth the state is rebuilt from. A plain record that
/// round-trips through <c>CrmJson</c>.
/// </summary>
/// <param name="SchemaVersion">The snapshot's schema version: 1 for this release.</param>
/// <param name="Version">The relationship's <see cref="Relationship.Version"/> (the number of events in <paramref name="History"/>).</param>
/// <param name="Id">The relationship's identifier.</param>
/// <param name="Source">Where the prospect came from.</param>
/// <param name="Attitude">The prospect's current attitude.</param>
/// <param name="Phase">The current phase.</param>
/// <param name="IsEnded">True once the relationship has ended.</param>
/// <param name="StartedAt">When the relationship started.</param>
/// <param name="PhaseEnteredAt">When the relationship entered its current phase.</param>
/// <param name="History">Every event, oldest first, starting with <see cref="RelationshipStarted"/>.</param>
/// <remarks>Record equality compares the history by reference; compare snapshots by their JSON. <see cref="Relationship.FromSnapshot"/>
/// refuses a snapshot whose state disagrees with its history. Immutable and thread-safe.</remarks>
public sealed record RelationshipSnapshot(
    int SchemaVersion,
    int Version,
    string Id,
    LeadSource Source,
    ProspectAttitude Attitude,
    RelationshipPhase Phase,
    bool IsEnded,
    Instant StartedAt,
    Instant PhaseEnteredAt,
    ImmutableArray<RelationshipEvent> History);
