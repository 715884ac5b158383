using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Serialization;

/// <summary>
/// The source-generated JSON metadata of the Metrics room. A context of its own rather than a partial of
/// <see cref="CrmJsonContext"/>: the System.Text.Json generator fails (CS8785, duplicate hint names) when
/// <c>[JsonSerializable]</c> attributes sit on two partial declarations of one context (dotnet/runtime#99669).
/// <see cref="CrmJson"/> chains it after <see cref="CrmJsonContext"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(NpsRating))]
[JsonSerializable(typeof(CsatRating))]
[JsonSerializable(typeof(CesRating))]
[JsonSerializable(typeof(CesScale))]
[JsonSerializable(typeof(CesDirection))]
[JsonSerializable(typeof(NpsAccumulator))]
[JsonSerializable(typeof(NpsAccumulatorState))]
[JsonSerializable(typeof(NpsResult))]
[JsonSerializable(typeof(CsatAccumulator))]
[JsonSerializable(typeof(CsatAccumulatorState))]
[JsonSerializable(typeof(CsatResult))]
[JsonSerializable(typeof(CesAccumulator))]
[JsonSerializable(typeof(CesAccumulatorState))]
[JsonSerializable(typeof(CesResult))]
[JsonSerializable(typeof(FirstContactResolutionAccumulator))]
[JsonSerializable(typeof(FirstContactResolutionAccumulatorState))]
[JsonSerializable(typeof(RenewalRateAccumulator))]
[JsonSerializable(typeof(RenewalRateAccumulatorState))]
[JsonSerializable(typeof(ServicesPerCustomerAccumulator))]
[JsonSerializable(typeof(ServicesPerCustomerAccumulatorState))]
[JsonSerializable(typeof(RetentionPeriodCounts))]
[JsonSerializable(typeof(RetentionAccumulator))]
[JsonSerializable(typeof(RetentionAccumulatorState))]
[JsonSerializable(typeof(RetentionResult))]
[JsonSerializable(typeof(AcquisitionSpend))]
[JsonSerializable(typeof(AcquisitionCostAccumulator))]
[JsonSerializable(typeof(AcquisitionCostAccumulatorState))]
[JsonSerializable(typeof(AcquisitionCostResult))]
// The retention cost, the other side of the acquisition-to-retention cost ratio (issue 16 item 5).
[JsonSerializable(typeof(RetentionSpend))]
[JsonSerializable(typeof(RetentionCostAccumulator))]
[JsonSerializable(typeof(RetentionCostAccumulatorState))]
[JsonSerializable(typeof(RetentionCostResult))]
internal sealed partial class MetricsJsonContext : JsonSerializerContext;
