using Crm.Domain.Competencies;
using Crm.Domain.Metrics.Scorecards;
using NodaTime;

namespace Crm.Domain.Tests.Competencies;

public class MetricsMaturityRuleTests
{
    [Fact]
    public void MetricsRule_MapsStatusesByTheDocumentedRule()
    {
        var rule = MetricsMaturityRule.Default;
        Assert.Equal(MaturityLevel.Managed, rule.LevelOf(KpiStatus.Met));
        Assert.Equal(MaturityLevel.Defined, rule.LevelOf(KpiStatus.AtRisk));
        Assert.Equal(MaturityLevel.Developing, rule.LevelOf(KpiStatus.Missed));
        Assert.Equal(MaturityLevel.Initial, rule.LevelOf(KpiStatus.NoData));

        var ratings = rule.Rate(CompetencyFrameworks.Gartner,
            [KeyValuePair.Create("metrics.nps", KpiStatus.Met), KeyValuePair.Create("metrics.renewal-rate", KpiStatus.Missed)],
            "KPI scorecard", new LocalDate(2026, 1, 31));
        Assert.Equal([4, 2], ratings.Select(r => r.Level.Value).ToArray());
        Assert.All(ratings, r => Assert.Contains("metrics maturity rule", r.Evidence, StringComparison.Ordinal));

        var assessment = new Assessment(CompetencyFrameworks.Gartner, "Acme", new LocalDate(2026, 1, 31), ratings);
        // Metrics block: two equal-weight criteria at 75 and 25 -> 50.
        Assert.Equal(50d, assessment.Score().Block("metrics").Index!.Value, 12);
    }

    [Fact]
    public void MetricsRule_FromAScorecardReport_RatesTheMappedKpis()
    {
        var scorecard = Scorecard.Create("Service desk",
        [
            KpiDefinition.Create("Same-day closure", KpiUnit.Fraction, KpiTarget.AtLeast(0.80, 0.70)),
            KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(30, 20)),
            KpiDefinition.Create("Time to resolution", KpiUnit.Hours, KpiTarget.AtMost(8, 12)),
            KpiDefinition.Create("Tickets per agent", KpiUnit.Count, KpiTarget.AtLeast(40, 30)),
            KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.85, 0.80)),
        ]);
        // 0.82 >= 0.80 met; 25 in [20, 30) at risk; 14 h > 12 missed; CSAT no value -> no data.
        var report = scorecard.Evaluate(
        [
            KeyValuePair.Create("Same-day closure", KpiValue.Of(0.82)),
            KeyValuePair.Create("NPS", KpiValue.Of(25)),
            KeyValuePair.Create("Time to resolution", KpiValue.Of(14)),
            KeyValuePair.Create("Tickets per agent", KpiValue.Of(50)),
        ]);
        var map = new Dictionary<string, string>
        {
            ["Same-day closure"] = "metrics.same-day-closure",
            ["NPS"] = "metrics.nps",
            ["Time to resolution"] = "metrics.time-to-resolution",
            ["CSAT"] = "metrics.csat",
        };

        var ratings = MetricsMaturityRule.Default.FromScorecard(CompetencyFrameworks.Gartner, report, map, new LocalDate(2026, 1, 31));

        Assert.Equal(["metrics.same-day-closure", "metrics.nps", "metrics.time-to-resolution", "metrics.csat"], ratings.Select(r => r.CriterionId).ToArray());
        Assert.Equal([4, 3, 2, 1], ratings.Select(r => r.Level.Value).ToArray());
        Assert.All(ratings, r => Assert.Equal("Service desk", r.Assessor));
        Assert.Contains("NPS", ratings[1].Evidence, StringComparison.Ordinal);
        Assert.Contains("AtRisk", ratings[1].Evidence, StringComparison.Ordinal);

        // The metrics block scores 75, 50, 25, 0 over four equal-weight criteria -> 37.5.
        var assessment = new Assessment(CompetencyFrameworks.Gartner, "Acme", new LocalDate(2026, 1, 31), ratings);
        Assert.Equal(37.5, assessment.Score().Block("metrics").Index!.Value, 12);

        var typo = Assert.Throws<ArgumentException>(() => MetricsMaturityRule.Default.FromScorecard(CompetencyFrameworks.Gartner, report,
            new Dictionary<string, string> { ["Net promoter"] = "metrics.nps" }, new LocalDate(2026, 1, 31)));
        Assert.Contains("'Net promoter'", typo.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MetricsMaturityRule.Default.FromScorecard(CompetencyFrameworks.Gartner, report,
            new Dictionary<string, string> { ["NPS"] = "metrics.nps", ["CSAT"] = "metrics.nps" }, new LocalDate(2026, 1, 31)));
    }

    [Fact]
    public void MetricsRule_RefusesCriteriaOutsideTheMetricsBlockAndBadOrder()
    {
        var day = new LocalDate(2026, 1, 31);
        var outside = Assert.Throws<ArgumentException>(() => MetricsMaturityRule.Default.Rate(CompetencyFrameworks.Gartner,
            [KeyValuePair.Create("vision.loyalty-goal", KpiStatus.Met)], "s", day));
        Assert.Contains("'vision.loyalty-goal'", outside.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MetricsMaturityRule.Default.Rate(CompetencyFrameworks.Gartner,
            [KeyValuePair.Create("metrics.bogus", KpiStatus.Met)], "s", day));
        Assert.Throws<ArgumentException>(() => new MetricsMaturityRule(MaturityLevel.Defined, MaturityLevel.Managed, MaturityLevel.Initial, MaturityLevel.Initial));
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricsMaturityRule.Default.LevelOf((KpiStatus)9));
    }

    [Fact]
    public void CustomRule_CanAwardOptimised()
    {
        var generous = new MetricsMaturityRule(MaturityLevel.Optimised, MaturityLevel.Managed, MaturityLevel.Defined, MaturityLevel.Initial);
        Assert.Equal(MaturityLevel.Optimised, generous.LevelOf(KpiStatus.Met));
    }
}
