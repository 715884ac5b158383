using System.Collections.Immutable;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// The stored form of a <see cref="ServiceCase"/> (a DTO for <c>CrmJson</c>): the event <see cref="History"/>, which is
/// the truth, plus the case's state so that a host can read and query the document without replaying it. Write it
/// with <see cref="ServiceCase.ToSnapshot"/>, read it back with <see cref="ServiceCase.FromSnapshot"/>, which replays
/// the history and refuses a snapshot whose state fields disagree with it.
/// </summary>
/// <remarks>Record equality compares the arrays by reference; compare snapshots by their JSON. Immutable.</remarks>
/// <param name="SchemaVersion">The snapshot's schema version: 1 (the only one this release reads).</param>
/// <param name="Version">The case's <see cref="ServiceCase.Version"/>: the number of events in <paramref name="History"/>.</param>
/// <param name="Id">The case's identifier.</param>
/// <param name="Customer">The customer who raised it.</param>
/// <param name="Team">The team that owns it.</param>
/// <param name="Priority">The priority.</param>
/// <param name="Channel">The channel it came in on.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="State">The current state.</param>
/// <param name="FirstResponseAt">When the customer first got an answer; null if not yet.</param>
/// <param name="ResolvedAt">When it was (last) resolved; null while not resolved.</param>
/// <param name="EscalationLevel">How many times it was escalated (0 = never).</param>
/// <param name="ResponseCount">How many agent contacts it took.</param>
/// <param name="ReopenCount">How many times it was reopened.</param>
/// <param name="Pauses">The completed waits on the customer, in order.</param>
/// <param name="PausedSince">When the current wait on the customer began; null when not waiting.</param>
/// <param name="History">Every event, oldest first, starting with <see cref="CaseOpened"/>.</param>
public sealed record ServiceCaseSnapshot(
    int SchemaVersion,
    int Version,
    string Id,
    CustomerId Customer,
    [property: NotPersonal("a team's name")] string Team,
    CasePriority Priority,
    Channel Channel,
    Instant OpenedAt,
    CaseState State,
    Instant? FirstResponseAt,
    Instant? ResolvedAt,
    int EscalationLevel,
    int ResponseCount,
    int ReopenCount,
    ImmutableArray<Interval> Pauses,
    Instant? PausedSince,
    ImmutableArray<CaseEvent> History);
