using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Crm.Domain.Primitives;

namespace Crm.Domain.Competencies.Json;

/// <summary>The JSON shape of a <see cref="TargetProfile"/>: the framework and one target per criterion id.</summary>
internal sealed record TargetProfileDto(CompetencyFramework Framework, string Name, ImmutableSortedDictionary<string, MaturityLevel> Targets);

/// <summary>The JSON shape of an <see cref="Initiative"/>.</summary>
internal sealed record InitiativeDto(
    string Id,
    string Title,
    RoadmapPhase Phase,
    ImmutableArray<string> Closes,
    double StrategicAlignment,
    double Effort,
    ImmutableArray<string> DependsOn = default,
    string? Description = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<CrmObjective>? Objectives = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<MarketingMixElement>? MarketingMix = null);
