using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>
/// The stored form of a <see cref="DataSubjectRequest"/> (a DTO for <c>CrmJson</c>): the event <see cref="History"/>,
/// which is the truth, plus the queryable state (state, deadline) so a host can list open and overdue requests without
/// replaying. Write it with <see cref="DataSubjectRequest.ToSnapshot"/>; read it back with
/// <see cref="DataSubjectRequest.FromSnapshot"/>, which replays the history in the controller's calendar and refuses a
/// snapshot whose state disagrees.
/// </summary>
/// <remarks>Record equality compares the history by reference; compare snapshots by their JSON. Immutable.</remarks>
/// <param name="SchemaVersion">The snapshot's schema version: 1.</param>
/// <param name="Version">The request's <see cref="DataSubjectRequest.Version"/>.</param>
/// <param name="Id">The controller's reference.</param>
/// <param name="Subject">The customer the request is about.</param>
/// <param name="Kind">The right exercised.</param>
/// <param name="State">Where the request stands.</param>
/// <param name="DueDate">The last day to answer.</param>
/// <param name="IsExtended">True once the deadline was extended.</param>
/// <param name="ClosedAt">When the request was fulfilled or refused; null while open.</param>
/// <param name="History">Every event, oldest first.</param>
public sealed record DataSubjectRequestSnapshot(
    int SchemaVersion,
    int Version,
    string Id,
    CustomerId Subject,
    DataSubjectRequestKind Kind,
    DataSubjectRequestState State,
    LocalDate DueDate,
    bool IsExtended,
    Instant? ClosedAt,
    ImmutableArray<DataSubjectRequestEvent> History);
