using Crm.Domain.Competencies;

namespace Crm.Domain.Tests.Competencies;

public class CompetencyFrameworkTests
{
    private static readonly CompetencyFramework Gartner = CompetencyFrameworks.Gartner;

    [Fact]
    public void Gartner_HasTheEightBlocksInOrder()
    {
        // CRM-CONCEPTS.md §1: vision, strategy, valued customer experience, organisational collaboration, processes,
        // information, technology, metrics.
        Assert.Equal(["vision", "strategy", "experience", "collaboration", "processes", "information", "technology", "metrics"],
            Gartner.Blocks.Select(b => b.Id));
    }

    [Fact]
    public void Gartner_Experience_HasOneCriterionPerLifecycleStage()
    {
        var stages = Gartner.GetBlock("experience").Criteria.Select(c => c.Stage).ToList();
        Assert.Equal(Enum.GetValues<ExperienceStage>().Where(s => s != ExperienceStage.Unknown).Cast<ExperienceStage?>(), stages);
    }

    [Fact]
    public void Gartner_Collaboration_HasTheFourLevers()
    {
        Assert.Equal(["collaboration.strategy", "collaboration.process", "collaboration.culture", "collaboration.it-systems"],
            Gartner.GetBlock("collaboration").Criteria.Select(c => c.Id));
    }

    [Fact]
    public void Gartner_Metrics_HasTheModelsEightKpisAndTheCompanions()
    {
        var ids = Gartner.GetBlock(CompetencyFrameworks.GartnerMetricsBlockId).Criteria.Select(c => c.Id).ToHashSet();
        string[] model = ["same-day-closure", "renewal-rate", "brand-image", "services-per-customer", "time-to-resolution", "service-calls", "customer-categorisation", "customer-satisfaction"];
        string[] companions = ["nps", "csat", "ces", "first-contact-resolution", "retention-churn", "acquisition-cost", "lifetime-value", "satisfaction-index"];
        Assert.All(model.Concat(companions), k => Assert.Contains("metrics." + k, ids));
        Assert.Equal(16, ids.Count);
        Assert.Equal(46, Gartner.Criteria.Length);
    }

    [Fact]
    public void BuiltIns_HaveTheSourcesBlockCounts_AndEveryCriterionIsTyped()
    {
        // Buttle: five primary stages and four supporting conditions (issue 16 item 5; was 5 before the conditions).
        Assert.Equal([8, 6, 5, 4, 9, 8], CompetencyFrameworks.All.Select(f => f.Blocks.Length));
        Assert.Equal(["identify", "differentiate", "interact", "customize"], CompetencyFrameworks.Idic.Blocks.Select(b => b.Id));
        Assert.All(CompetencyFrameworks.Qci.Blocks, b => Assert.Equal([b.Id + ".intention", b.Id + ".reality"], b.Criteria.Select(c => c.Id)));
        Assert.All(CompetencyFrameworks.All.SelectMany(f => f.Criteria), c => Assert.NotEqual(CrmType.Unknown, c.CrmType));
        // All four types of CRM are served by Gartner's criteria, so every cut is non-empty.
        Assert.Equal(4, Gartner.Criteria.Select(c => c.CrmType).Distinct().Count());
        Assert.Equal(CompetencyFrameworks.All.Length, CompetencyFrameworks.All.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void EffectiveWeights_AreHandComputedShares()
    {
        var f = TinyFramework.Create();
        Assert.Equal(1d / 6, f.EffectiveWeight("a1"), 12);
        Assert.Equal(1d / 2, f.EffectiveWeight("a2"), 12);
        Assert.Equal(1d / 3, f.EffectiveWeight("b1"), 12);
        Assert.All(CompetencyFrameworks.All, fw => Assert.Equal(1d, fw.Criteria.Sum(c => fw.EffectiveWeight(c.Id)), 9));
    }

    [Fact]
    public void Lookups_FindAndRefuse()
    {
        Assert.Equal("experience", Gartner.BlockOf("experience.care").Id);
        Assert.True(Gartner.TryGetCriterion("vision.loyalty-goal", out var c));
        Assert.Equal("Loyalty goal", c!.Title);
        Assert.False(Gartner.TryGetCriterion("vision.nope", out _));
        var ex = Assert.Throws<ArgumentException>(() => Gartner.GetCriterion("vision.nope"));
        Assert.Contains("'vision.nope'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateCriterionInBlock_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CompetencyBlock("b", "B",
            [new Criterion("x", "X", CrmType.Analytical), new Criterion("x", "X again", CrmType.Analytical)]));
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'b'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateCriterionAcrossBlocks_ThrowsNamingBothBlocks()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CompetencyFramework("f", "F",
        [
            new CompetencyBlock("b1", "B1", [new Criterion("x", "X", CrmType.Analytical)]),
            new CompetencyBlock("b2", "B2", [new Criterion("x", "X", CrmType.Analytical)]),
        ]));
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'b1'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'b2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateBlock_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CompetencyFramework("f", "F",
        [
            new CompetencyBlock("b", "B", [new Criterion("x", "X", CrmType.Analytical)]),
            new CompetencyBlock("b", "B", [new Criterion("y", "Y", CrmType.Analytical)]),
        ]));
        Assert.Contains("two blocks with id 'b'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFrameworkOrBlock_Throws()
    {
        Assert.Contains("no blocks", Assert.Throws<ArgumentException>(() => new CompetencyFramework("f", "F", [])).Message, StringComparison.Ordinal);
        Assert.Contains("Block 'b' has no criteria", Assert.Throws<ArgumentException>(() => new CompetencyBlock("b", "B", [])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-1d)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e13)]
    public void BadWeight_ThrowsNamingTheItem(double weight)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Criterion("crit", "C", CrmType.Analytical, weight));
        Assert.Contains("criterion 'crit'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("weight", ex.ParamName);
        var blockEx = Assert.Throws<ArgumentOutOfRangeException>(() => new CompetencyBlock("blk", "B", [new Criterion("c", "C", CrmType.Analytical)], weight));
        Assert.Contains("block 'blk'", blockEx.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("ü")]
    public void BadId_Throws(string id) => Assert.Throws<ArgumentException>(() => new Criterion(id, "C", CrmType.Analytical));

    [Fact]
    public void UnknownCrmTypeOrStage_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Criterion("c", "C", CrmType.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Criterion("c", "C", (CrmType)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Criterion("c", "C", CrmType.Operational, stage: ExperienceStage.Unknown));
    }
}
