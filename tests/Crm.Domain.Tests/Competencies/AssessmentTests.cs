using Crm.Domain.Competencies;
using Crm.Domain.Primitives;
using static Crm.Domain.Tests.Competencies.TinyFramework;

namespace Crm.Domain.Tests.Competencies;

public class AssessmentTests
{
    [Fact]
    public void Score_TwoAssessors_HandComputed()
    {
        var profile = TwoAssessors().Score();

        // a1: alice 4, bob 2 -> mean 3, index (3-1)*25 = 50, spread 2 (>= threshold 2: disagreement), pop. sd 1.
        var a1 = profile.Criterion("a1");
        Assert.Equal(2, a1.RatingCount);
        Assert.Equal(3d, a1.MeanLevel);
        Assert.Equal(50d, a1.Index);
        Assert.Equal(2, a1.Spread);
        Assert.Equal(1d, a1.StandardDeviation, 12);
        Assert.True(a1.Disagreement);
        Assert.Equal(MaturityLevel.Developing, a1.Lowest);
        Assert.Equal(MaturityLevel.Managed, a1.Highest);

        // Block A = (1*50 + 3*100) / 4 = 87.5; B unrated; overall over rated blocks only = 87.5.
        Assert.Equal(87.5, profile.Block("A").Index!.Value, 12);
        Assert.Null(profile.Block("B").Index);
        Assert.Equal(87.5, profile.Overall!.Value, 12);
        Assert.Equal(Ratio.Of(2, 3), profile.Coverage);
        Assert.Equal(Ratio.Of(0, 1), profile.Block("B").Coverage);
        Assert.Equal(1, profile.Block("A").DisagreementCount);
        Assert.Equal(["a1"], profile.Disagreements.Select(d => d.CriterionId));
        Assert.Equal(87.5, TwoAssessors().OverallIndex()!.Value, 12);
    }

    [Fact]
    public void Score_AllRated_HandComputedOverallAndCrmTypeCut()
    {
        var assessment = TwoAssessors().WithRating(R("b1", 1));
        var profile = assessment.Score();

        // Overall = (2*87.5 + 1*0) / 3 = 58.333...
        Assert.Equal(175d / 3, profile.Overall!.Value, 10);
        Assert.Equal(175d / 3, assessment.OverallIndex()!.Value, 10);
        Assert.Equal(Ratio.Of(3, 3), assessment.Coverage);

        // Operational: a2 (w 1/2, 100) and b1 (w 1/3, 0) -> 50 / (5/6) = 60. Strategic: a1 only -> 50.
        Assert.Equal(60d, profile.ByCrmType.Single(t => t.CrmType == CrmType.Operational).Index!.Value, 10);
        Assert.Equal(50d, profile.ByCrmType.Single(t => t.CrmType == CrmType.Strategic).Index!.Value, 10);
        Assert.Equal(2, profile.ByCrmType.Length);
    }

    [Fact]
    public void Score_DisagreementThreshold_IsConfigurable()
    {
        Assert.False(TwoAssessors().Score(disagreementThreshold: 3).Criterion("a1").Disagreement);
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoAssessors().Score(disagreementThreshold: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoAssessors().Score(disagreementThreshold: 5));
    }

    [Fact]
    public void Score_NothingRated_IsNoData()
    {
        var empty = new Assessment(Create(), "Acme", Day, []);
        Assert.Null(empty.Score().Overall);
        Assert.Null(empty.OverallIndex());
        Assert.Equal(Ratio.Of(0, 3), empty.Coverage);
        Assert.All(empty.Score().Blocks, b => Assert.Null(b.Index));
    }

    [Fact]
    public void UnknownCriterion_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Assessment(Create(), "Acme", Day, [R("a1", 3), R("zz", 3)]));
        Assert.Contains("'zz'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'tiny'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameAssessorTwice_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Assessment(Create(), "Acme", Day, [R("a1", 3), R("a1", 4)]));
        Assert.Contains("'alice'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'a1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rating_BlankAssessor_Throws() =>
        Assert.Throws<ArgumentException>(() => new CriterionRating("a1", MaturityLevel.Defined, " ", Day));

    [Fact]
    public void Combine_MergesAssessors_AndTakesLatestDate()
    {
        var f = Create();
        var alice = new Assessment(f, "Acme", Day, [R("a1", 4), R("a2", 5)]);
        var bob = new Assessment(f, "Acme", Day.PlusDays(3), [R("a1", 2, "bob")]);
        var combined = Assessment.Combine([alice, bob]);
        Assert.Equal(Day.PlusDays(3), combined.AssessedOn);
        Assert.Equal(["alice", "bob"], combined.Assessors.ToArray());
        Assert.Equal(87.5, combined.OverallIndex()!.Value, 12);
        Assert.Equal(alice.Ratings.ToArray(), combined.ByAssessor("alice").Ratings.ToArray());
    }

    [Fact]
    public void Combine_DifferentOrganisationOrFramework_Throws()
    {
        var a = new Assessment(Create(), "Acme", Day, []);
        Assert.Throws<ArgumentException>(() => Assessment.Combine([a, new Assessment(Create(), "Other", Day, [])]));
        Assert.Throws<ArgumentException>(() => Assessment.Combine([a, new Assessment(CompetencyFrameworks.Idic, "Acme", Day, [])]));
        Assert.Throws<ArgumentException>(() => Assessment.Combine([]));
        Assert.Throws<ArgumentException>(() => Assessment.Combine([a.WithRating(R("a1", 3)), a.WithRating(R("a1", 2))]));
    }

    [Fact]
    public void WithRating_ReplacesSameAssessorsRating()
    {
        var raised = TwoAssessors().WithRating(R("a1", 5));
        Assert.Equal(3, raised.Ratings.Length);
        Assert.Equal(3.5, raised.Score().Criterion("a1").MeanLevel);
    }

    [Fact]
    public void Rating_Equality_IsByValue()
    {
        Assert.Equal(R("a1", 3, evidence: "doc"), R("a1", 3, evidence: "doc"));
        Assert.True(R("a1", 3) == R("a1", 3));
        Assert.True(R("a1", 3) != R("a1", 4));
        Assert.Equal(R("a1", 3).GetHashCode(), R("a1", 3).GetHashCode());
    }
}
