using Crm.Domain.Competencies;
using Crm.Domain.Serialization;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Competencies;

public class CompetencyProperties
{
    private const double Tolerance = 1e-9;

    [Property(Arbitrary = [typeof(CompetencyArbitraries)], MaxTest = 200)]
    public bool Scores_StayWithinBounds(AssessmentCase c)
    {
        var profile = c.Assessment.Score();
        bool InRange(double? x) => x is null || (x >= 0 && x <= 100);
        return InRange(profile.Overall)
            && profile.Blocks.All(b => InRange(b.Index))
            && profile.Criteria.All(x => InRange(x.Index) && (x.MeanLevel is null || (x.MeanLevel >= 1 && x.MeanLevel <= 5)))
            && profile.ByCrmType.All(t => InRange(t.Index))
            && profile.Coverage.Value is >= 0 and <= 1
            && c.Assessment.OverallIndex() == profile.Overall
            && (profile.Overall is null) == (c.Assessment.Ratings.Length == 0);
    }

    [Property(Arbitrary = [typeof(CompetencyArbitraries)], MaxTest = 200)]
    public bool RaisingOneRating_NeverLowersItsBlockOrTheOverall(AssessmentCase c, int pick, int step)
    {
        if (c.Assessment.Ratings.Length == 0)
        {
            return true;
        }

        var rating = c.Assessment.Ratings[(int)((uint)pick % (uint)c.Assessment.Ratings.Length)];
        var headroom = MaturityLevel.MaxValue - rating.Level.Value;
        if (headroom == 0)
        {
            return true;
        }

        var raised = c.Assessment.WithRating(rating.WithLevel(MaturityLevel.Of(rating.Level.Value + 1 + (int)((uint)step % (uint)headroom))));
        var before = c.Assessment.Score();
        var after = raised.Score();
        var block = c.Framework.BlockOf(rating.CriterionId).Id;
        return after.Block(block).Index >= before.Block(block).Index
            && after.Overall >= before.Overall
            && after.Criterion(rating.CriterionId).MeanLevel > before.Criterion(rating.CriterionId).MeanLevel;
    }

    [Property(Arbitrary = [typeof(CompetencyArbitraries)], MaxTest = 100)]
    public bool ScalingAllWeights_ChangesNothing(AssessmentCase c, int pick)
    {
        double[] factors = [1e-3, 0.37, 3, 1000];
        var scaledFramework = CompetencyArbitraries.Scaled(c.Framework, factors[(int)((uint)pick % 4)]);
        var scaled = new Assessment(scaledFramework, c.Assessment.Organisation, c.Assessment.AssessedOn, c.Assessment.Ratings).Score();
        var original = c.Assessment.Score();
        static bool Same(double? a, double? b) => (a is null && b is null) || (a is { } x && b is { } y && Math.Abs(x - y) <= Tolerance * Math.Max(1, Math.Abs(x)));
        return Same(original.Overall, scaled.Overall)
            && original.Blocks.Zip(scaled.Blocks).All(p => Same(p.First.Index, p.Second.Index))
            && original.ByCrmType.Zip(scaled.ByCrmType).All(p => Same(p.First.Index, p.Second.Index))
            && c.Framework.Criteria.All(x => Math.Abs(c.Framework.EffectiveWeight(x.Id) - scaledFramework.EffectiveWeight(x.Id)) <= Tolerance);
    }

    [Property(Arbitrary = [typeof(CompetencyArbitraries)], MaxTest = 200)]
    public bool Roadmap_IsDeterministic_AndRespectsEveryDependency(RoadmapCase c, int shuffleSeed)
    {
        var shuffled = c.Initiatives.ToList();
        new Random(shuffleSeed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        var a = Roadmap.Plan(c.Gaps, c.Initiatives);
        var b = Roadmap.Plan(c.Gaps, shuffled);
        var position = a.Items.ToDictionary(i => i.Initiative.Id, i => i.Sequence);
        return a.Items.Select(i => i.Initiative.Id).SequenceEqual(b.Items.Select(i => i.Initiative.Id))
            && a.Items.Length == c.Initiatives.Count
            && a.Items.All(i => i.Initiative.DependsOn.All(d => position[d] < i.Sequence))
            && a.Items.All(i => i.ScheduledPhase >= i.Initiative.Phase
                && i.Initiative.DependsOn.All(d => a.Items[position[d] - 1].ScheduledPhase <= i.ScheduledPhase))
            && a.Items.Zip(a.Items.Skip(1)).All(p => p.First.ScheduledPhase <= p.Second.ScheduledPhase)
            && a.Ranked.Select(r => r.Rank).SequenceEqual(Enumerable.Range(1, c.Initiatives.Count))
            && a.Ranked.Zip(a.Ranked.Skip(1)).All(p => p.First.Priority.Total >= p.Second.Priority.Total);
    }

    [Property(Arbitrary = [typeof(CompetencyArbitraries)], MaxTest = 100)]
    public bool Roadmap_WithABackEdge_NamesARealCycle(RoadmapCase c)
    {
        // Make the first initiative depend on the last one that (transitively) depends on it: a cycle through both.
        var list = c.Initiatives.ToList();
        var target = list.FindLastIndex(i => i.DependsOn.Length > 0);
        if (target < 0)
        {
            return true;
        }

        var dependency = list[target].DependsOn[0];
        var d = list.FindIndex(i => i.Id == dependency);
        list[d] = new Initiative(list[d].Id, list[d].Title, list[d].Phase, list[d].Closes, list[d].StrategicAlignment, list[d].Effort,
            list[d].DependsOn.Append(list[target].Id));
        var ex = Assert.Throws<DependencyCycleException>(() => Roadmap.Plan(c.Gaps, list));
        var edges = list.SelectMany(i => i.DependsOn.Select(x => (i.Id, x))).ToHashSet();
        return ex.Cycle.Length >= 3 && ex.Cycle[0] == ex.Cycle[^1]
            && ex.Cycle.Zip(ex.Cycle.Skip(1)).All(p => edges.Contains((p.First, p.Second)));
    }

    [Property(Arbitrary = [typeof(CompetencyArbitraries)], MaxTest = 100)]
    public bool FrameworksAndAssessments_RoundTripThroughJson(AssessmentCase c)
    {
        var json = CrmJson.Serialize(c.Assessment);
        var copy = CrmJson.Deserialize<Assessment>(json);
        var frameworkJson = CrmJson.Serialize(c.Framework);
        return CrmJson.Serialize(copy) == json
            && CrmJson.Serialize(CrmJson.Deserialize<CompetencyFramework>(frameworkJson)) == frameworkJson
            && copy.Ratings.SequenceEqual(c.Assessment.Ratings)
            && copy.OverallIndex() == c.Assessment.OverallIndex()
            && copy.Framework.Criteria.Select(x => (x.Id, x.Weight, x.CrmType)).SequenceEqual(c.Framework.Criteria.Select(x => (x.Id, x.Weight, x.CrmType)));
    }
}
