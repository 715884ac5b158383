using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Idic.Identify;

namespace Crm.Domain.Serialization;

// One context per room (see CrmJsonContext.Customers.cs for why), combined in CrmJson. Remembered "not a duplicate"
// decisions must outlive a run: store them as a JSON array and rebuild with NotDuplicateRegister.Of, which validates.
[JsonSerializable(typeof(NotDuplicateDecision))]
[JsonSerializable(typeof(ImmutableArray<NotDuplicateDecision>))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class IdicJsonContext : JsonSerializerContext;
