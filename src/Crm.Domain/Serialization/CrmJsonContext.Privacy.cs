using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Privacy;

namespace Crm.Domain.Serialization;

/// <summary>The source-generated JSON metadata of the Privacy room, chained into <see cref="CrmJson.TypeInfoResolver"/>.</summary>
/// <remarks>A context of its own because the generator cannot take [JsonSerializable] on several partial declarations of
/// <see cref="CrmJsonContext"/> (dotnet/runtime#99669).</remarks>
[JsonSerializable(typeof(DataSubjectRequestEvent))]
[JsonSerializable(typeof(ImmutableArray<DataSubjectRequestEvent>))]
[JsonSerializable(typeof(DataSubjectRequestSnapshot))]
[JsonSerializable(typeof(DataSubjectRequestKind))]
[JsonSerializable(typeof(DataSubjectRequestState))]
[JsonSerializable(typeof(RefusalReason))]
[JsonSerializable(typeof(ProcessingRestrictions))]
[JsonSerializable(typeof(ProcessingRestriction))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class PrivacyJsonContext : JsonSerializerContext;
