using System.Collections.Immutable;

namespace Crm.Domain.Competencies.Json;

/// <summary>The JSON shape of a <see cref="Criterion"/>.</summary>
internal sealed record CriterionDto(string Id, string Title, CrmType CrmType, double Weight = 1d, string? Description = null, ExperienceStage? Stage = null);

/// <summary>The JSON shape of a <see cref="CompetencyBlock"/>.</summary>
internal sealed record BlockDto(string Id, string Title, ImmutableArray<CriterionDto?> Criteria, double Weight = 1d, string? Description = null);

/// <summary>The JSON shape of a <see cref="CompetencyFramework"/>.</summary>
internal sealed record FrameworkDto(string Id, string Name, ImmutableArray<BlockDto?> Blocks, string? Description = null);
