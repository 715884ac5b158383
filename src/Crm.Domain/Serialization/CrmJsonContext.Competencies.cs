using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Competencies;
using Crm.Domain.Competencies.Json;

namespace Crm.Domain.Serialization;

/// <summary>
/// The source-generated JSON metadata of the Competencies room, chained into <see cref="CrmJson"/> after
/// <see cref="CrmJsonContext"/>.
/// </summary>
/// <remarks>
/// A context of its own rather than a partial of <see cref="CrmJsonContext"/>: the System.Text.Json source generator
/// runs once per partial declaration that carries <c>[JsonSerializable]</c>, so a second such declaration makes it
/// emit every file twice and fail (CS8785, "hintName ... must be unique").
/// </remarks>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(MaturityLevel))]
[JsonSerializable(typeof(Criterion))]
[JsonSerializable(typeof(CompetencyBlock))]
[JsonSerializable(typeof(CompetencyFramework))]
[JsonSerializable(typeof(CriterionRating))]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(AssessmentEvent))]
[JsonSerializable(typeof(ImmutableArray<AssessmentEvent>))]
[JsonSerializable(typeof(AssessmentSnapshot))]
[JsonSerializable(typeof(AssessmentHistoryEvent))]
[JsonSerializable(typeof(ImmutableArray<AssessmentHistoryEvent>))]
[JsonSerializable(typeof(AssessmentHistorySnapshot))]
[JsonSerializable(typeof(TargetProfile))]
[JsonSerializable(typeof(Initiative))]
[JsonSerializable(typeof(CriterionDto))]
[JsonSerializable(typeof(BlockDto))]
[JsonSerializable(typeof(FrameworkDto))]
[JsonSerializable(typeof(RatingDto))]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(TargetProfileDto))]
[JsonSerializable(typeof(InitiativeDto))]
internal sealed partial class CompetenciesJsonContext : JsonSerializerContext;
