using Crm.Domain.Competencies;
using static Crm.Domain.Tests.Competencies.TinyFramework;

namespace Crm.Domain.Tests.Competencies;

public class PlanningTests
{
    // Current: a1 mean 3, a2 5, b1 1. Target: managed (4) everywhere.
    // Gaps: a1 = 1 level -> 1*25*(1/6) = 25/6; a2 = 0; b1 = 3 levels -> 3*25*(1/3) = 25. Total 175/6.
    private static GapAnalysis Gaps() =>
        GapAnalysis.Of(TwoAssessors().WithRating(R("b1", 1)).Score(), TargetProfile.Uniform(Create(), MaturityLevel.Managed));

    private static Initiative I(string id, RoadmapPhase phase, string[] closes, double alignment, double effort, params string[] dependsOn) =>
        new(id, "Initiative " + id, phase, closes, alignment, effort, dependsOn);

    [Fact]
    public void GapAnalysis_HandComputed()
    {
        var gaps = Gaps();
        Assert.Equal(1d, gaps.Criterion("a1").Gap, 12);
        Assert.Equal(25d / 6, gaps.Criterion("a1").WeightedGap, 12);
        Assert.True(gaps.Criterion("a2").MeetsTarget);
        Assert.Equal(0d, gaps.Criterion("a2").Gap);
        Assert.Equal(25d, gaps.Criterion("b1").WeightedGap, 12);
        Assert.Equal(175d / 6, gaps.TotalWeightedGap, 12);
        Assert.Equal(["b1", "a1"], gaps.Open.Select(g => g.CriterionId));

        // Block A: target 75, current 87.5 -> no gap; block B: target 75, current 0 -> 75.
        Assert.Equal(0d, gaps.Block("A").Gap);
        Assert.Equal(75d, gaps.Block("B").Gap, 12);
        Assert.Equal(75d, gaps.Block("B").TargetIndex, 12);
    }

    [Fact]
    public void GapAnalysis_UnratedCountsAsInitial()
    {
        var gaps = GapAnalysis.Of(TwoAssessors().Score(), TargetProfile.Uniform(Create(), MaturityLevel.Managed));
        Assert.False(gaps.Criterion("b1").IsRated);
        Assert.Equal(3d, gaps.Criterion("b1").Gap);
    }

    [Fact]
    public void TargetProfile_BlocksAndOverrides()
    {
        var f = Create();
        var target = TargetProfile.ForBlocks(f, [KeyValuePair.Create("B", MaturityLevel.Optimised)], MaturityLevel.Defined)
            .WithCriteria([KeyValuePair.Create("a2", MaturityLevel.Managed)]);
        Assert.Equal(MaturityLevel.Defined, target.TargetOf("a1"));
        Assert.Equal(MaturityLevel.Managed, target.TargetOf("a2"));
        Assert.Equal(MaturityLevel.Optimised, target.TargetOf("b1"));
        Assert.Equal((50d + (3 * 75d)) / 4, target.BlockIndex("A"), 12);
        Assert.Throws<ArgumentException>(() => TargetProfile.ForBlocks(f, [KeyValuePair.Create("Z", MaturityLevel.Optimised)], MaturityLevel.Defined));
        Assert.Throws<ArgumentException>(() => target.WithCriteria([KeyValuePair.Create("zz", MaturityLevel.Managed)]));
        Assert.Throws<ArgumentException>(() => GapAnalysis.Of(TwoAssessors().Score(), TargetProfile.Uniform(CompetencyFrameworks.Idic, MaturityLevel.Managed)));
    }

    [Fact]
    public void Ranking_FollowsTheDocumentedFormula()
    {
        var ranked = InitiativeRanking.Default.Rank(Gaps(),
        [
            I("i1", RoadmapPhase.Implementation, ["b1"], 1.0, 3),
            I("i2", RoadmapPhase.BusinessPlanning, ["a1"], 0.5, 1),
            I("i3", RoadmapPhase.ScenarioAnalysis, [], 0, 5),
        ]);

        // i1: G = 100*25/(175/6) = 600/7, A = 100, E = 50 -> 0.5*600/7 + 30 - 10.
        // i2: G = 100*(25/6)/(175/6) = 100/7, A = 50, E = 0 -> 0.5*100/7 + 15.  i3: G = 0, A = 0, E = 100 -> -20.
        Assert.Equal(["i1", "i2", "i3"], ranked.Select(r => r.Initiative.Id));
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Rank));
        Assert.Equal((0.5 * 600 / 7) + 20, ranked[0].Priority.Total.Value, 10);
        Assert.Equal(600d / 7, ranked[0].GapShare, 10);
        Assert.Equal((0.5 * 100 / 7) + 15, ranked[1].Priority.Total.Value, 10);
        Assert.Equal(-20d, ranked[2].Priority.Total.Value, 10);
        Assert.Equal([InitiativeRanking.GapFactor, InitiativeRanking.AlignmentFactor, InitiativeRanking.EffortFactor],
            ranked[0].Priority.Contributions.Select(c => c.Rule));
    }

    [Fact]
    public void Ranking_TiesGoToTheSmallerId()
    {
        var ranked = InitiativeRanking.Default.Rank(Gaps(),
            [I("zeta", RoadmapPhase.Implementation, [], 0.5, 2), I("alpha", RoadmapPhase.Implementation, [], 0.5, 2)]);
        Assert.Equal(["alpha", "zeta"], ranked.Select(r => r.Initiative.Id));
    }

    [Fact]
    public void Ranking_BadWeights_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InitiativeRanking(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InitiativeRanking(double.NaN));
        Assert.Throws<ArgumentException>(() => new InitiativeRanking(0, 0, 0));
    }

    [Fact]
    public void Roadmap_GroupsByPhase_RespectsDependencies_DefersWhenNeeded()
    {
        var roadmap = Roadmap.Plan(Gaps(),
        [
            I("i1", RoadmapPhase.Implementation, ["b1"], 1.0, 3, "i3"),
            I("i2", RoadmapPhase.BusinessPlanning, ["a1"], 0.5, 1, "i1"),
            I("i3", RoadmapPhase.ScenarioAnalysis, [], 0, 5),
            I("i4", RoadmapPhase.BusinessPlanning, ["a2"], 0, 1),
        ]);

        Assert.Equal(["i3", "i4", "i1", "i2"], roadmap.Items.Select(i => i.Initiative.Id));
        Assert.Equal([1, 2, 3, 4], roadmap.Items.Select(i => i.Sequence));
        var i2 = roadmap.Items.Single(i => i.Initiative.Id == "i2");
        Assert.Equal(RoadmapPhase.Implementation, i2.ScheduledPhase);
        Assert.True(i2.Deferred);
        Assert.Equal([RoadmapPhase.ScenarioAnalysis, RoadmapPhase.BusinessPlanning, RoadmapPhase.Implementation], roadmap.Phases.ToArray());
        Assert.Equal(["i1", "i2"], roadmap.InPhase(RoadmapPhase.Implementation).Select(i => i.Initiative.Id));
    }

    [Fact]
    public void Roadmap_Cycle_ThrowsNamingIt()
    {
        var ex = Assert.Throws<DependencyCycleException>(() => Roadmap.Plan(Gaps(),
        [
            I("a", RoadmapPhase.Implementation, [], 0.5, 1, "b"),
            I("b", RoadmapPhase.Implementation, [], 0.5, 1, "c"),
            I("c", RoadmapPhase.Implementation, [], 0.5, 1, "a"),
            I("d", RoadmapPhase.Implementation, [], 0.5, 1),
        ]));
        Assert.Equal(["a", "b", "c", "a"], ex.Cycle.ToArray());
        Assert.Contains("a -> b -> c -> a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roadmap_BadInitiatives_ThrowNamingThem()
    {
        var unknownDependency = Assert.Throws<ArgumentException>(() => Roadmap.Plan(Gaps(), [I("a", RoadmapPhase.Implementation, [], 0.5, 1, "ghost")]));
        Assert.Contains("'ghost'", unknownDependency.Message, StringComparison.Ordinal);
        var unknownCriterion = Assert.Throws<ArgumentException>(() => Roadmap.Plan(Gaps(), [I("a", RoadmapPhase.Implementation, ["zz"], 0.5, 1)]));
        Assert.Contains("'zz'", unknownCriterion.Message, StringComparison.Ordinal);
        var duplicate = Assert.Throws<ArgumentException>(() => Roadmap.Plan(Gaps(),
            [I("a", RoadmapPhase.Implementation, [], 0.5, 1), I("a", RoadmapPhase.Measurement, [], 0.5, 1)]));
        Assert.Contains("'a'", duplicate.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => I("a", RoadmapPhase.Implementation, [], 0.5, 1, "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => I("a", RoadmapPhase.Implementation, [], 1.5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => I("a", RoadmapPhase.Implementation, [], 0.5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => I("a", RoadmapPhase.Implementation, [], double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => I("a", RoadmapPhase.Unknown, [], 0.5, 1));
        Assert.Throws<ArgumentException>(() => I("a", RoadmapPhase.Implementation, ["a1", "a1"], 0.5, 1));
    }
}
