using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>
/// One entry of an <see cref="Account"/>'s append-only history. <see cref="Account.FromHistory"/> rebuilds the
/// account from these.
/// </summary>
/// <param name="At">When it happened; never before the previous event's instant.</param>
/// <remarks>
/// <para>JSON: polymorphic through <c>CrmJson</c>, with a <c>"type"</c> discriminator written first:
/// <c>account.created.v1</c>, <c>account.ownerChanged.v1</c>, <c>account.parentChanged.v1</c>,
/// <c>account.contactLinked.v1</c>, <c>account.contactUnlinked.v1</c>, <c>account.primaryContactChanged.v1</c>,
/// <c>account.legalNameChanged.v1</c>, <c>account.identifiersChanged.v1</c>, <c>account.industryChanged.v1</c>,
/// <c>account.sizeChanged.v1</c>, <c>account.addressChanged.v1</c>, <c>account.webDomainChanged.v1</c>,
/// <c>account.merged.v1</c>, <c>account.mergedInto.v1</c>. An
/// unknown discriminator is a <see cref="System.Text.Json.JsonException"/>.</para>
/// <para>Records with value equality; immutable and thread-safe.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(AccountCreated), "account.created.v1")]
[JsonDerivedType(typeof(AccountOwnerChanged), "account.ownerChanged.v1")]
[JsonDerivedType(typeof(AccountParentChanged), "account.parentChanged.v1")]
[JsonDerivedType(typeof(AccountContactLinked), "account.contactLinked.v1")]
[JsonDerivedType(typeof(AccountContactUnlinked), "account.contactUnlinked.v1")]
[JsonDerivedType(typeof(AccountPrimaryContactChanged), "account.primaryContactChanged.v1")]
[JsonDerivedType(typeof(AccountLegalNameChanged), "account.legalNameChanged.v1")]
[JsonDerivedType(typeof(AccountIdentifiersChanged), "account.identifiersChanged.v1")]
[JsonDerivedType(typeof(AccountIndustryChanged), "account.industryChanged.v1")]
[JsonDerivedType(typeof(AccountSizeChanged), "account.sizeChanged.v1")]
[JsonDerivedType(typeof(AccountAddressChanged), "account.addressChanged.v1")]
[JsonDerivedType(typeof(AccountWebDomainChanged), "account.webDomainChanged.v1")]
[JsonDerivedType(typeof(AccountMerged), "account.merged.v1")]
[JsonDerivedType(typeof(AccountMergedInto), "account.mergedInto.v1")]
public abstract record AccountEvent(Instant At) : IProcessEvent;
