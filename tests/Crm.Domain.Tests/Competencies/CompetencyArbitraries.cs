using Crm.Domain.Competencies;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Domain.Tests.Competencies;

/// <summary>A random framework and an assessment of it by up to three assessors, some criteria left unrated.</summary>
public sealed record AssessmentCase(int Seed, CompetencyFramework Framework, Assessment Assessment)
{
    public override string ToString() => $"seed {Seed}: {Framework} / {Assessment.Ratings.Length} ratings";
}

/// <summary>A random set of initiatives whose dependencies form a DAG, over a gap analysis of the tiny framework.</summary>
public sealed record RoadmapCase(int Seed, GapAnalysis Gaps, IReadOnlyList<Initiative> Initiatives)
{
    public override string ToString() => $"seed {Seed}: {Initiatives.Count} initiatives";
}

/// <summary>
/// Valid-only generators for the Competencies room. Each case is built from a seed with a seeded Random, so a
/// failure reports a seed that reproduces it; weights reach the edges (1e-3 to 1e6), levels cover 1–5, coverage
/// 0–100 %.
/// </summary>
public static class CompetencyArbitraries
{
    private static readonly double[] Weights = [1e-3, 0.25, 1, 1, 2, 3.5, 10, 1e6];
    private static readonly string[] Assessors = ["alice", "bob", "carol"];

    public static Arbitrary<AssessmentCase> AssessmentCases() =>
        Gen.Choose(0, int.MaxValue).Select(BuildAssessmentCase).ToArbitrary();

    public static Arbitrary<RoadmapCase> RoadmapCases() =>
        Gen.Choose(0, int.MaxValue).Select(BuildRoadmapCase).ToArbitrary();

    public static CompetencyFramework RandomFramework(Random random, double scale = 1d)
    {
        var blocks = new List<CompetencyBlock>();
        var blockCount = random.Next(1, 6);
        for (var b = 0; b < blockCount; b++)
        {
            var criteria = Enumerable.Range(0, random.Next(1, 7))
                .Select(c => new Criterion($"b{b}.c{c}", $"Criterion {b}.{c}", (CrmType)random.Next(1, 5), Weights[random.Next(Weights.Length)] * scale))
                .ToList();
            blocks.Add(new CompetencyBlock($"b{b}", $"Block {b}", criteria, Weights[random.Next(Weights.Length)] * scale));
        }

        return new CompetencyFramework("random", "Random", blocks);
    }

    /// <summary>The same framework with every weight multiplied by <paramref name="factor"/>.</summary>
    public static CompetencyFramework Scaled(CompetencyFramework f, double factor) => new(f.Id, f.Name,
        f.Blocks.Select(b => new CompetencyBlock(b.Id, b.Title, b.Criteria.Select(c => new Criterion(c.Id, c.Title, c.CrmType, c.Weight * factor)), b.Weight * factor)));

    private static AssessmentCase BuildAssessmentCase(int seed)
    {
        var random = new Random(seed);
        var framework = RandomFramework(random);
        var coverage = random.NextDouble();
        var day = new LocalDate(2026, 1, 1);
        var ratings = new List<CriterionRating>();
        foreach (var criterion in framework.Criteria)
        {
            if (random.NextDouble() > coverage)
            {
                continue;
            }

            foreach (var assessor in Assessors.Take(random.Next(1, Assessors.Length + 1)))
            {
                ratings.Add(new CriterionRating(criterion.Id, MaturityLevel.Of(random.Next(1, 6)), assessor, day));
            }
        }

        return new AssessmentCase(seed, framework, new Assessment(framework, "Org", day, ratings));
    }

    private static RoadmapCase BuildRoadmapCase(int seed)
    {
        var random = new Random(seed);
        var framework = TinyFramework.Create();
        var assessment = new Assessment(framework, "Org", TinyFramework.Day,
            framework.Criteria.Select(c => new CriterionRating(c.Id, MaturityLevel.Of(random.Next(1, 6)), "alice", TinyFramework.Day)));
        var gaps = GapAnalysis.Of(assessment.Score(), TargetProfile.Uniform(framework, MaturityLevel.Of(random.Next(1, 6))));
        var count = random.Next(1, 15);
        var ids = framework.Criteria.Select(c => c.Id).ToArray();
        var initiatives = new List<Initiative>();
        for (var i = 0; i < count; i++)
        {
            // Dependencies only on earlier initiatives: a DAG by construction. Alignment and effort on a coarse grid so
            // ties (broken by id) happen.
            var deps = Enumerable.Range(0, i).Where(_ => random.NextDouble() < 0.3).Select(j => $"i{j:D2}");
            var closes = ids.Where(_ => random.NextDouble() < 0.4);
            initiatives.Add(new Initiative($"i{i:D2}", $"Initiative {i}", (RoadmapPhase)random.Next(1, 8), closes,
                random.Next(0, 5) / 4d, random.Next(1, 6), deps));
        }

        return new RoadmapCase(seed, gaps, initiatives);
    }
}
