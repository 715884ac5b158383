namespace Crm.Domain.Competencies.Json;

/// <summary>Reads and writes a <see cref="Criterion"/> through <see cref="CriterionDto"/>.</summary>
internal sealed class CriterionJsonConverter : DtoConverter<Criterion, CriterionDto>
{
    internal static Criterion Create(CriterionDto dto) =>
        new(dto.Id, dto.Title, dto.CrmType, dto.Weight, dto.Description, dto.Stage);

    internal static CriterionDto From(Criterion c) =>
        new(c.Id, c.Title, c.CrmType, c.Weight, c.Description.Length == 0 ? null : c.Description, c.Stage);

    protected override Criterion ToModel(CriterionDto dto) => Create(dto);

    protected override CriterionDto ToDto(Criterion model) => From(model);
}

/// <summary>Reads and writes a <see cref="CompetencyBlock"/> through <see cref="BlockDto"/>.</summary>
internal sealed class CompetencyBlockJsonConverter : DtoConverter<CompetencyBlock, BlockDto>
{
    internal static CompetencyBlock Create(BlockDto dto) =>
        new(dto.Id, dto.Title, Items(dto.Criteria).Select((c, i) => c is null
            ? throw new ArgumentException($"Criterion #{i} of block '{dto.Id}' is null.", nameof(dto))
            : CriterionJsonConverter.Create(c)).ToList(), dto.Weight, dto.Description);

    internal static BlockDto From(CompetencyBlock b) =>
        new(b.Id, b.Title, [.. b.Criteria.Select(CriterionJsonConverter.From)], b.Weight, b.Description.Length == 0 ? null : b.Description);

    protected override CompetencyBlock ToModel(BlockDto dto) => Create(dto);

    protected override BlockDto ToDto(CompetencyBlock model) => From(model);
}

/// <summary>Reads and writes a <see cref="CompetencyFramework"/> through <see cref="FrameworkDto"/>.</summary>
internal sealed class CompetencyFrameworkJsonConverter : DtoConverter<CompetencyFramework, FrameworkDto>
{
    protected override CompetencyFramework ToModel(FrameworkDto dto) =>
        new(dto.Id, dto.Name, Items(dto.Blocks).Select((b, i) => b is null
            ? throw new ArgumentException($"Block #{i} of framework '{dto.Id}' is null.", nameof(dto))
            : CompetencyBlockJsonConverter.Create(b)).ToList(), dto.Description);

    protected override FrameworkDto ToDto(CompetencyFramework model) =>
        new(model.Id, model.Name, [.. model.Blocks.Select(b => (BlockDto?)CompetencyBlockJsonConverter.From(b))], model.Description.Length == 0 ? null : model.Description);
}
