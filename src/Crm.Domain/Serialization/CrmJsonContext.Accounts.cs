using Crm.Domain.Primitives;
using System.Text.Json.Serialization;
using Crm.Domain.Accounts;

namespace Crm.Domain.Serialization;

/// <summary>The Accounts room's serialisable values and records (accounts through their snapshots, households,
/// identifiers). A context of its own for the reason given on <see cref="CampaignsJsonContext"/>.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AccountId))]
[JsonSerializable(typeof(CompanyIdentifier))]
[JsonSerializable(typeof(AccountEvent))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<AccountEvent>))]
[JsonSerializable(typeof(AccountSnapshot))]
[JsonSerializable(typeof(HouseholdMember))]
[JsonSerializable(typeof(Household))]
internal sealed partial class AccountsJsonContext : JsonSerializerContext;
