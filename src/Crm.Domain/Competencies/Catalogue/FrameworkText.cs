namespace Crm.Domain.Competencies.Catalogue;

/// <summary>Terse constructors for the built-in frameworks' tables.</summary>
internal static class FrameworkText
{
    internal static Criterion C(string id, string title, CrmType type, string description, ExperienceStage? stage = null) =>
        new(id, title, type, 1d, description, stage);

    internal static CompetencyBlock B(string id, string title, string description, params Criterion[] criteria) =>
        new(id, title, criteria, 1d, description);
}
