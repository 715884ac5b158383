using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Acquisition;

namespace Crm.Domain.Serialization;

/// <summary>The source-generated JSON metadata of the Acquisition room, chained into <see cref="CrmJson.TypeInfoResolver"/>.</summary>
/// <remarks>A context of its own because the generator cannot take [JsonSerializable] on several partial declarations of
/// <see cref="CrmJsonContext"/> (dotnet/runtime#99669).</remarks>
[JsonSerializable(typeof(LeadEvent))]
[JsonSerializable(typeof(ImmutableArray<LeadEvent>))]
[JsonSerializable(typeof(LeadSnapshot))]
[JsonSerializable(typeof(LeadBehaviour))]
[JsonSerializable(typeof(LeadTemperatureThresholds))]
[JsonSerializable(typeof(FunnelReport))]
[JsonSerializable(typeof(LeadSource))]
[JsonSerializable(typeof(ProspectAttitude))]
[JsonSerializable(typeof(AcquisitionStrategy))]
[JsonSerializable(typeof(FunnelStage))]
[JsonSerializable(typeof(LeadTemperature))]
// The relationship phases as a process (issue 16 item 5).
[JsonSerializable(typeof(RelationshipEvent))]
[JsonSerializable(typeof(ImmutableArray<RelationshipEvent>))]
[JsonSerializable(typeof(RelationshipSnapshot))]
[JsonSerializable(typeof(RelationshipPhase))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class AcquisitionJsonContext : JsonSerializerContext;
