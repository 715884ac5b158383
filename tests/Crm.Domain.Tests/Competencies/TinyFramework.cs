using Crm.Domain.Competencies;
using NodaTime;

namespace Crm.Domain.Tests.Competencies;

/// <summary>
/// A small framework whose scores are worked out by hand in the tests:
/// block A (weight 2): a1 (weight 1, strategic), a2 (weight 3, operational); block B (weight 1): b1 (operational).
/// Effective weights: a1 = 2/3 × 1/4 = 1/6, a2 = 2/3 × 3/4 = 1/2, b1 = 1/3.
/// </summary>
internal static class TinyFramework
{
    public static readonly LocalDate Day = new(2026, 3, 2);

    public static CompetencyFramework Create(double scale = 1d) => new("tiny", "Tiny",
    [
        new CompetencyBlock("A", "Block A",
        [
            new Criterion("a1", "A one", CrmType.Strategic, 1 * scale),
            new Criterion("a2", "A two", CrmType.Operational, 3 * scale),
        ], 2 * scale),
        new CompetencyBlock("B", "Block B", [new Criterion("b1", "B one", CrmType.Operational, 1 * scale)], 1 * scale),
    ]);

    public static CriterionRating R(string criterion, int level, string assessor = "alice", string? evidence = null) =>
        new(criterion, MaturityLevel.Of(level), assessor, Day, evidence);

    /// <summary>a1: alice 4, bob 2 (mean 3, index 50); a2: alice 5 (index 100); b1 unrated.</summary>
    public static Assessment TwoAssessors(CompetencyFramework? framework = null) =>
        new(framework ?? Create(), "Acme", Day, [R("a1", 4), R("a1", 2, "bob"), R("a2", 5)]);
}
