using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Domain.Serialization;

// One context per room (see CrmJsonContext.Customers.cs for why), combined in CrmJson.
[JsonSerializable(typeof(Crm.Domain.Customers.Channel))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class IdicJsonContext : JsonSerializerContext;
