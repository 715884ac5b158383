using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Retention;

namespace Crm.Domain.Serialization;

/// <summary>The source-generated JSON metadata of the Retention room, chained into <see cref="CrmJson.TypeInfoResolver"/>.</summary>
/// <remarks>A context of its own because the generator cannot take [JsonSerializable] on several partial declarations of
/// <see cref="CrmJsonContext"/> (dotnet/runtime#99669).</remarks>
[JsonSerializable(typeof(Defection))]
[JsonSerializable(typeof(DefectionRisk))]
[JsonSerializable(typeof(AccountTrend))]
[JsonSerializable(typeof(CohortActivity))]
[JsonSerializable(typeof(PeriodRetention))]
[JsonSerializable(typeof(SwitchingBarrier))]
[JsonSerializable(typeof(ChurnDriverReport))]
[JsonSerializable(typeof(RetentionStrategyEntry))]
[JsonSerializable(typeof(DefectorType))]
[JsonSerializable(typeof(ChurnDriver))]
[JsonSerializable(typeof(RetentionStrategy))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class RetentionJsonContext : JsonSerializerContext;
