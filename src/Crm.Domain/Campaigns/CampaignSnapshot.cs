using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// The stored form of a <see cref="Campaign"/> (<see cref="Campaign.ToSnapshot"/>, <see cref="Campaign.FromSnapshot"/>):
/// the state a host may read or query, and the history, which is the truth.
/// </summary>
/// <param name="SchemaVersion">The snapshot schema version; 1 is the only one this release writes and reads.</param>
/// <param name="Version">The campaign's <see cref="Campaign.Version"/>: the number of events in <paramref name="History"/>.</param>
/// <param name="Id">The campaign identifier.</param>
/// <param name="Name">The campaign name.</param>
/// <param name="Currency">The campaign's currency.</param>
/// <param name="CreatedAt">When the campaign was created.</param>
/// <param name="State">The current state.</param>
/// <param name="PlannedStart">The planned start; null until scheduled.</param>
/// <param name="StartedAt">When the campaign started; null until then.</param>
/// <param name="OfferCodes">The codes of the offers, in the order added.</param>
/// <param name="AudienceCounts">The selection funnel of the audience; null until an audience is set.</param>
/// <param name="FixedCost">The fixed cost.</param>
/// <param name="CostPerContact">The cost per treated member.</param>
/// <param name="ResponseCount">The number of responses recorded.</param>
/// <param name="History">Every event, oldest first, starting with <see cref="CampaignCreated"/>.</param>
/// <remarks>
/// <para>The offers, the audience's members and the responses are stored once, in <paramref name="History"/>; the
/// state carries their codes and counts, so that a snapshot of a large campaign does not hold its audience twice.</para>
/// <para><see cref="Campaign.FromSnapshot"/> replays <paramref name="History"/> and refuses the snapshot when any
/// state field disagrees with it. A plain record: equality compares the arrays by reference.</para>
/// </remarks>
public sealed record CampaignSnapshot(
    int SchemaVersion,
    int Version,
    string Id,
    [property: NotPersonal("a campaign's title")] string Name,
    Currency Currency,
    Instant CreatedAt,
    CampaignState State,
    Instant? PlannedStart,
    Instant? StartedAt,
    [property: NotPersonal("offer codes")] ImmutableArray<string> OfferCodes,
    AudienceCounts? AudienceCounts,
    Money FixedCost,
    Money CostPerContact,
    int ResponseCount,
    ImmutableArray<CampaignEvent> History);
