using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>
/// The stored form of an <see cref="Account"/> (<see cref="Account.ToSnapshot"/>, <see cref="Account.FromSnapshot"/>):
/// the fields a host queries by, and the history the state is rebuilt from. A plain record that round-trips through
/// <c>CrmJson</c>.
/// </summary>
/// <param name="SchemaVersion">The snapshot's schema version: 1 for this release.</param>
/// <param name="Version">The account's <see cref="Account.Version"/>.</param>
/// <param name="Id">The account's identifier.</param>
/// <param name="LegalName">The registered name.</param>
/// <param name="Owner">The current owner.</param>
/// <param name="Parent">The current parent; null for a root.</param>
/// <param name="PrimaryContact">The primary contact; null when no contact is linked.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="History">Every event, oldest first, starting with <see cref="AccountCreated"/>.</param>
/// <remarks>Record equality compares the history by reference; compare snapshots by their JSON.
/// <see cref="Account.FromSnapshot"/> refuses a snapshot whose fields disagree with its history. Immutable and
/// thread-safe.</remarks>
public sealed record AccountSnapshot(
    int SchemaVersion,
    int Version,
    AccountId Id,
    [property: NotPersonal("an organisation's registered details, not a person's")] string LegalName,
    string Owner,
    AccountId? Parent,
    CustomerId? PrimaryContact,
    Instant CreatedAt,
    ImmutableArray<AccountEvent> History);
