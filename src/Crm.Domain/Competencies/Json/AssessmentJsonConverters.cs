namespace Crm.Domain.Competencies.Json;

/// <summary>Reads and writes a <see cref="CriterionRating"/> through <see cref="RatingDto"/>.</summary>
internal sealed class CriterionRatingJsonConverter : DtoConverter<CriterionRating, RatingDto>
{
    internal static CriterionRating Create(RatingDto dto) => new(dto.CriterionId, dto.Level, dto.Assessor, dto.RatedOn, dto.Evidence);

    internal static RatingDto From(CriterionRating r) => new(r.CriterionId, r.Level, r.Assessor, r.RatedOn, r.Evidence.Length == 0 ? null : r.Evidence);

    protected override CriterionRating ToModel(RatingDto dto) => Create(dto);

    protected override RatingDto ToDto(CriterionRating model) => From(model);
}

/// <summary>Reads and writes an <see cref="Assessment"/> through <see cref="AssessmentDto"/>; with a history, reading
/// goes through <see cref="Assessment.FromSnapshot"/>, so the state written beside it must agree with it.</summary>
internal sealed class AssessmentJsonConverter : DtoConverter<Assessment, AssessmentDto>
{
    protected override Assessment ToModel(AssessmentDto dto)
    {
        var framework = dto.Framework ?? throw new ArgumentException("An assessment needs its framework.", nameof(dto));
        var ratings = Items(dto.Ratings).Select((r, i) => r is null
            ? throw new ArgumentException($"Rating #{i} of the assessment of '{dto.Organisation}' is null.", nameof(dto))
            : CriterionRatingJsonConverter.Create(r)).ToList();
        return dto.History.IsDefault
            ? new Assessment(framework, dto.Organisation, dto.AssessedOn, ratings)
            : Assessment.FromSnapshot(new AssessmentSnapshot(Processes.ProcessHistory.SchemaVersion, dto.History.Length, framework.Id,
                dto.Organisation, dto.AssessedOn, [.. ratings], dto.History), framework);
    }

    protected override AssessmentDto ToDto(Assessment model) =>
        new(model.Framework, model.Organisation, model.AssessedOn, [.. model.Ratings.Select(r => (RatingDto?)CriterionRatingJsonConverter.From(r))], model.History);
}
