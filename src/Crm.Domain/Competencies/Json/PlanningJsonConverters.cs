using System.Collections.Immutable;

namespace Crm.Domain.Competencies.Json;

/// <summary>Reads and writes a <see cref="TargetProfile"/>; reading requires a target for every criterion and none
/// for a criterion the framework lacks.</summary>
internal sealed class TargetProfileJsonConverter : DtoConverter<TargetProfile, TargetProfileDto>
{
    protected override TargetProfile ToModel(TargetProfileDto dto)
    {
        var framework = dto.Framework ?? throw new ArgumentException("A target profile needs its framework.", nameof(dto));
        var targets = dto.Targets ?? ImmutableSortedDictionary<string, MaturityLevel>.Empty;
        foreach (var criterion in framework.Criteria)
        {
            if (!targets.ContainsKey(criterion.Id))
            {
                throw new ArgumentException($"Target profile '{dto.Name}' has no target for criterion '{criterion.Id}'.", nameof(dto));
            }
        }

        return TargetProfile.ForCriteria(framework, targets, MaturityLevel.Initial, dto.Name);
    }

    protected override TargetProfileDto ToDto(TargetProfile model) =>
        new(model.Framework, model.Name, model.Framework.Criteria
            .Select((c, i) => KeyValuePair.Create(c.Id, model.Targets[i]))
            .ToImmutableSortedDictionary(StringComparer.Ordinal));
}

/// <summary>Reads and writes an <see cref="Initiative"/> through <see cref="InitiativeDto"/>.</summary>
internal sealed class InitiativeJsonConverter : DtoConverter<Initiative, InitiativeDto>
{
    protected override Initiative ToModel(InitiativeDto dto) =>
        new Initiative(dto.Id, dto.Title, dto.Phase, Items(dto.Closes), dto.StrategicAlignment, dto.Effort, Items(dto.DependsOn), dto.Description)
            .WithObjectives(dto.Objectives ?? []).WithMarketingMix(dto.MarketingMix ?? []);

    // Empty planning tags are left out, so initiatives without them write the JSON they always wrote.
    protected override InitiativeDto ToDto(Initiative model) =>
        new(model.Id, model.Title, model.Phase, model.Closes, model.StrategicAlignment, model.Effort, model.DependsOn,
            model.Description.Length == 0 ? null : model.Description,
            model.Objectives.IsEmpty ? null : model.Objectives, model.MarketingMix.IsEmpty ? null : model.MarketingMix);
}
