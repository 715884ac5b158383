using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.PersonalData;

namespace Crm.Domain.Serialization;

/// <summary>The source-generated JSON metadata of the PersonalData room (exports, erasure plan items, legal holds),
/// chained into <see cref="CrmJson.TypeInfoResolver"/>.</summary>
/// <remarks>A context of its own because the generator cannot take [JsonSerializable] on several partial declarations of
/// <see cref="CrmJsonContext"/> (dotnet/runtime#99669).</remarks>
[JsonSerializable(typeof(PersonalDataExport))]
[JsonSerializable(typeof(PersonalDataRecord))]
[JsonSerializable(typeof(PersonalDataField))]
[JsonSerializable(typeof(PersonalDataHolding))]
[JsonSerializable(typeof(ErasurePlanItem))]
[JsonSerializable(typeof(ErasureAction))]
[JsonSerializable(typeof(LegalHold))]
[JsonSerializable(typeof(RetentionRule))]
[JsonSerializable(typeof(DataCategory))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class PersonalDataJsonContext : JsonSerializerContext;
