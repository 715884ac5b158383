using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// The stored form of a <see cref="Lead"/> (<see cref="Lead.ToSnapshot"/>, <see cref="Lead.FromSnapshot"/>): the
/// lead's state, so a host can read and query the document, and its history, which is the truth the state is rebuilt
/// from. A plain record that round-trips through <c>CrmJson</c>.
/// </summary>
/// <param name="SchemaVersion">The snapshot's schema version: 1 for this release.</param>
/// <param name="Version">The lead's <see cref="Lead.Version"/> (the number of events in <paramref name="History"/>).</param>
/// <param name="Id">The lead's identifier.</param>
/// <param name="Source">Where the lead came from.</param>
/// <param name="Attitude">The prospect's attitude.</param>
/// <param name="Strategies">The current strategy tags, distinct and ascending.</param>
/// <param name="Stage">The current funnel stage.</param>
/// <param name="CreatedAt">When the lead was created.</param>
/// <param name="StageEnteredAt">When the lead entered its current stage.</param>
/// <param name="History">Every event, oldest first, starting with <see cref="LeadCreated"/>.</param>
/// <remarks>Record equality compares the arrays by reference; compare snapshots by their JSON. <see cref="Lead.FromSnapshot"/>
/// refuses a snapshot whose state disagrees with its history. Immutable and thread-safe.</remarks>
public sealed record LeadSnapshot(
    int SchemaVersion,
    int Version,
    string Id,
    LeadSource Source,
    ProspectAttitude Attitude,
    ImmutableArray<AcquisitionStrategy> Strategies,
    FunnelStage Stage,
    Instant CreatedAt,
    Instant StageEnteredAt,
    ImmutableArray<LeadEvent> History);
