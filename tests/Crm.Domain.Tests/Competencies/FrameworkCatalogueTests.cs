using Crm.Domain.Competencies;
using NodaTime;

namespace Crm.Domain.Tests.Competencies;

/// <summary>
/// Issue 16 item 5: the built-in frameworks' block ids pinned one by one, in order (typed here from CRM-CONCEPTS.md
/// §1, §3, §7 and Buttle, not read from the library); Buttle's value chain with its supporting conditions; QCi's
/// intention-versus-reality gap report.
/// </summary>
public class FrameworkCatalogueTests
{
    private static readonly LocalDate Day = new(2026, 11, 2);

    [Fact] // §1: Gartner's eight building blocks, in the model's order.
    public void Gartner_BlockIds() => Assert.Equal(
        ["vision", "strategy", "experience", "collaboration", "processes", "information", "technology", "metrics"],
        CompetencyFrameworks.Gartner.Blocks.Select(b => b.Id));

    [Fact] // §3: the customer-centric model's six elements.
    public void CustomerCentricModel_BlockIds() => Assert.Equal(
        ["database", "targets", "experience", "outcomes", "alignment", "learning"],
        CompetencyFrameworks.CustomerCentricModel.Blocks.Select(b => b.Id));

    [Fact] // §7: Payne and Frow's five processes.
    public void Payne_BlockIds() => Assert.Equal(
        ["strategy-development", "value-creation", "multichannel-integration", "information-management", "performance-assessment"],
        CompetencyFrameworks.Payne.Blocks.Select(b => b.Id));

    [Fact] // §7: identify, differentiate, interact, customize.
    public void Idic_BlockIds() => Assert.Equal(["identify", "differentiate", "interact", "customize"], CompetencyFrameworks.Idic.Blocks.Select(b => b.Id));

    [Fact] // §7 and Buttle: five primary stages, then four supporting conditions.
    public void Buttle_BlockIds_PrimaryStagesThenSupportingConditions()
    {
        Assert.Equal(
            ["portfolio-analysis", "customer-intimacy", "network-development", "value-proposition", "lifecycle",
                "leadership-culture", "data-it", "people", "processes"],
            CompetencyFrameworks.ButtleValueChain.Blocks.Select(b => b.Id));
        Assert.Equal(["portfolio-analysis", "customer-intimacy", "network-development", "value-proposition", "lifecycle"], ButtleValueChain.PrimaryStageIds.ToArray());
        Assert.Equal(["leadership-culture", "data-it", "people", "processes"], ButtleValueChain.SupportingConditionIds.ToArray());
        Assert.Equal(["lifecycle.acquisition", "lifecycle.retention", "lifecycle.development"],
            CompetencyFrameworks.ButtleValueChain.GetBlock("lifecycle").Criteria.Select(c => c.Id));
        Assert.True(ButtleValueChain.IsSupportingCondition("data-it"));
        Assert.False(ButtleValueChain.IsSupportingCondition("lifecycle"));
        Assert.Equal("blockId", Assert.Throws<ArgumentException>(() => ButtleValueChain.IsSupportingCondition("vision")).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => ButtleValueChain.IsSupportingCondition(" "));
    }

    [Fact]
    public void Buttle_SupportingConditions_AreAssessable()
    {
        var framework = CompetencyFrameworks.ButtleValueChain;
        var assessment = Assessment.Start(framework, "Acme", Day, Instant.FromUtc(2026, 11, 2, 9, 0))
            .WithRating(new CriterionRating("data-it.data", MaturityLevel.Of(2), "alice", Day))
            .WithRating(new CriterionRating("lifecycle.retention", MaturityLevel.Of(4), "alice", Day));
        var profile = assessment.Score();
        Assert.Equal(25d, profile.Blocks.Single(b => b.BlockId == "data-it").Index);
        Assert.Equal(75d, profile.Blocks.Single(b => b.BlockId == "lifecycle").Index);
    }

    [Fact] // §7: QCi's eight elements, each with an intention and a reality criterion.
    public void Qci_BlockIds() => Assert.Equal(
        ["analysis-planning", "proposition", "people-organisation", "information-technology", "process-management",
            "customer-management-activity", "measurement", "customer-experience"],
        CompetencyFrameworks.Qci.Blocks.Select(b => b.Id));

    [Fact]
    public void QciGapReport_IntentionVersusReality_HandWorked()
    {
        // Levels → indexes (level − 1) × 25. Analysis and planning: intention 4 (75), reality 2 (25): gap 50, two levels.
        // Proposition: intention 3 (50), reality 3: no gap. Measurement: intention 2 (25), reality 3 (50): reality ahead by 25.
        // Customer experience: intention 5 (100) by two assessors, reality 3 and 4 (mean 3.5 → 62.5): gap 37.5.
        // People and organisation: only the intention rated.
        var report = QciGapReport.Of(Qci(
            ("analysis-planning.intention", 4, "alice"), ("analysis-planning.reality", 2, "alice"),
            ("proposition.intention", 3, "alice"), ("proposition.reality", 3, "alice"),
            ("measurement.intention", 2, "alice"), ("measurement.reality", 3, "alice"),
            ("customer-experience.intention", 5, "alice"), ("customer-experience.intention", 5, "bob"),
            ("customer-experience.reality", 3, "alice"), ("customer-experience.reality", 4, "bob"),
            ("people-organisation.intention", 3, "alice")));

        Assert.Equal(8, report.Elements.Length);
        var planning = report.Elements[0];
        Assert.Equal(("analysis-planning", 75d, 25d, 50d), (planning.ElementId, planning.Intention!.Value, planning.Reality!.Value, planning.Gap!.Value));
        Assert.Equal("reality lags intention by 50 points (2 levels): what is planned is not yet what happens", planning.Explanation);
        Assert.Equal(0d, report.Elements[1].Gap);
        Assert.Equal("intention and reality agree", report.Elements[1].Explanation);
        var people = report.Elements[2];
        Assert.Null(people.Gap);
        Assert.Equal("half assessed: the reality is not rated", people.Explanation);
        Assert.Equal("not assessed: neither intention nor reality is rated", report.Elements[3].Explanation);
        Assert.Equal(-25d, report.Elements[6].Gap);
        Assert.Equal("reality is ahead of intention by 25 points (1 level): practice runs ahead of what is planned and documented", report.Elements[6].Explanation);
        Assert.Equal(37.5, report.Elements[7].Gap);

        // Mean over the four elements with both rated: (50 + 0 − 25 + 37.5) / 4 = 15.625; widest: analysis and planning.
        Assert.Equal(15.625, report.MeanGap);
        Assert.Same(planning, report.Widest);
        Assert.Equal("Acme", report.Organisation);
        Assert.Equal("QCi intention vs reality, 2026-11-02: 4 of 8 elements rated", report.ToString());
    }

    [Fact]
    public void QciGapReport_RefusesOtherFrameworks_AndHasNoWidestWithoutALag()
    {
        var gartner = Assessment.Start(CompetencyFrameworks.Gartner, "Acme", Day, Instant.FromUtc(2026, 11, 2, 9, 0));
        Assert.Equal("profile", Assert.Throws<ArgumentException>(() => QciGapReport.Of(gartner)).ParamName);
        Assert.Throws<ArgumentNullException>(() => QciGapReport.Of((Assessment)null!));

        var empty = QciGapReport.Of(Qci());
        Assert.Null(empty.MeanGap);
        Assert.Null(empty.Widest);
        Assert.Null(QciGapReport.Of(Qci(("measurement.intention", 2, "alice"), ("measurement.reality", 5, "alice"))).Widest);
    }

    private static Assessment Qci(params (string Criterion, int Level, string Assessor)[] ratings) =>
        ratings.Aggregate(Assessment.Start(CompetencyFrameworks.Qci, "Acme", Day, Instant.FromUtc(2026, 11, 2, 9, 0)),
            (a, r) => a.WithRating(new CriterionRating(r.Criterion, MaturityLevel.Of(r.Level), r.Assessor, Day)));
}
