using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Metrics.Indices;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Metrics.Service;

namespace Crm.Domain.Serialization;

/// <summary>
/// The source-generated JSON metadata of the scorecard part of the Metrics room (service metrics, categorisation,
/// indices, scorecards). A context of its own rather than a partial of <see cref="CrmJsonContext"/>: the
/// System.Text.Json generator fails (CS8785, duplicate hint names) when <c>[JsonSerializable]</c> attributes sit on
/// two partial declarations of one context (dotnet/runtime#99669). <see cref="CrmJson"/> chains it.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ClosedCase))]
[JsonSerializable(typeof(DurationStats))]
[JsonSerializable(typeof(DailyCallCount))]
[JsonSerializable(typeof(MonthlyCallCount))]
[JsonSerializable(typeof(CallVolume))]
[JsonSerializable(typeof(KpiDirection))]
[JsonSerializable(typeof(KpiStatus))]
[JsonSerializable(typeof(KpiUnit))]
[JsonSerializable(typeof(KpiTarget))]
[JsonSerializable(typeof(KpiValue))]
[JsonSerializable(typeof(KpiDefinition))]
[JsonSerializable(typeof(KpiOutcome))]
[JsonSerializable(typeof(Scorecard))]
[JsonSerializable(typeof(ScorecardReport))]
[JsonSerializable(typeof(AbcClass))]
[JsonSerializable(typeof(AbcThresholds))]
[JsonSerializable(typeof(ValuedCustomer))]
[JsonSerializable(typeof(AbcAssignment))]
[JsonSerializable(typeof(AbcClassification))]
[JsonSerializable(typeof(IndexItem))]
[JsonSerializable(typeof(WeightedIndex))]
[JsonSerializable(typeof(IndexResponse))]
[JsonSerializable(typeof(IndexItemScore))]
[JsonSerializable(typeof(IndexResult))]
[JsonSerializable(typeof(SameDayClosureAccumulator))]
[JsonSerializable(typeof(SameDayClosureAccumulatorState))]
[JsonSerializable(typeof(TimeToResolutionAccumulator))]
[JsonSerializable(typeof(TimeToResolutionAccumulatorState))]
[JsonSerializable(typeof(CallVolumeAccumulator))]
[JsonSerializable(typeof(CallVolumeAccumulatorState))]
[JsonSerializable(typeof(WeightedIndexAccumulator))]
[JsonSerializable(typeof(WeightedIndexAccumulatorState))]
internal sealed partial class ScorecardJsonContext : JsonSerializerContext;
