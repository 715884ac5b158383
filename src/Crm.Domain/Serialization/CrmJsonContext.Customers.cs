using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Customers;

namespace Crm.Domain.Serialization;

// The source generator runs once per partial declaration that carries [JsonSerializable], so registrations spread
// over several partial files of CrmJsonContext generate duplicate files (CS8785). Each room therefore has its own
// context, combined in CrmJson.

[JsonSerializable(typeof(EmailAddress))]
[JsonSerializable(typeof(PhoneNumber))]
[JsonSerializable(typeof(PostalAddress))]
[JsonSerializable(typeof(PersonName))]
[JsonSerializable(typeof(ContactPoint))]
[JsonSerializable(typeof(ConsentPurpose))]
[JsonSerializable(typeof(ConsentRecord))]
[JsonSerializable(typeof(ConsentLedger))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(CustomerTimeline))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(AuditEntry))]
[JsonSerializable(typeof(CustomerSnapshot))]
[JsonSerializable(typeof(CustomerEvent))]
[JsonSerializable(typeof(ImmutableArray<CustomerEvent>))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class CustomersJsonContext : JsonSerializerContext;
