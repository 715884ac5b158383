using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Service;

namespace Crm.Domain.Serialization;

/// <summary>The source-generated JSON metadata of the Service room, chained into <see cref="CrmJson.TypeInfoResolver"/>.</summary>
/// <remarks>A context of its own because the generator cannot take [JsonSerializable] on several partial declarations of
/// <see cref="CrmJsonContext"/> (dotnet/runtime#99669).</remarks>
[JsonSerializable(typeof(WorkingHours))]
[JsonSerializable(typeof(SlaTargets))]
[JsonSerializable(typeof(CaseEvent))]
[JsonSerializable(typeof(ImmutableArray<CaseEvent>))]
[JsonSerializable(typeof(ServiceCaseSnapshot))]
[JsonSerializable(typeof(ComplaintEvent))]
[JsonSerializable(typeof(ImmutableArray<ComplaintEvent>))]
[JsonSerializable(typeof(ComplaintSnapshot))]
[JsonSerializable(typeof(SlaTimer))]
[JsonSerializable(typeof(SlaEvaluation))]
[JsonSerializable(typeof(CasePriority))]
[JsonSerializable(typeof(CaseState))]
[JsonSerializable(typeof(SlaStatus))]
[JsonSerializable(typeof(ServiceRecoveryOutcome))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class ServiceJsonContext : JsonSerializerContext;
