using Crm.Domain.Competencies;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using static Crm.Domain.Tests.Competencies.TinyFramework;

namespace Crm.Domain.Tests.Competencies;

/// <summary>Issue 16 item 5: the CRM objectives (customer value, satisfaction, interaction, service) and the 4 Ps
/// referenced by roadmap initiatives and scorecard KPIs (additive, optional; old JSON still reads).</summary>
public class PlanningObjectiveTests
{
    private static Initiative I(string id, RoadmapPhase phase, params string[] closes) => new(id, "Initiative " + id, phase, closes, 0.5, 2);

    [Fact]
    public void Initiatives_NameObjectivesAndPs_AndTheRoadmapFindsThem()
    {
        var loyalty = I("loyalty", RoadmapPhase.Implementation, "b1")
            .WithObjectives([CrmObjective.Satisfaction, CrmObjective.CustomerValue, CrmObjective.Satisfaction])
            .WithMarketingMix([MarketingMixElement.Price]);
        Assert.Equal([CrmObjective.CustomerValue, CrmObjective.Satisfaction], loyalty.Objectives.ToArray());
        Assert.Equal([MarketingMixElement.Price], loyalty.MarketingMix.ToArray());
        Assert.Equal([CrmObjective.CustomerValue, CrmObjective.Satisfaction], loyalty.WithMarketingMix([]).Objectives.ToArray());

        var roadmap = Roadmap.Plan(GapAnalysis.Of(TwoAssessors().Score(), TargetProfile.Uniform(Create(), MaturityLevel.Managed)),
            [loyalty, I("portal", RoadmapPhase.BusinessPlanning, "a1").WithObjectives([CrmObjective.Service])]);
        Assert.Equal(["loyalty"], roadmap.Serving(CrmObjective.Satisfaction).Select(i => i.Initiative.Id));
        Assert.Equal(["portal"], roadmap.Serving(CrmObjective.Service).Select(i => i.Initiative.Id));
        Assert.Empty(roadmap.Serving(CrmObjective.Interaction));
        Assert.Equal(["loyalty"], roadmap.WorkingOn(MarketingMixElement.Price).Select(i => i.Initiative.Id));
        Assert.Throws<ArgumentOutOfRangeException>(() => roadmap.Serving(CrmObjective.Unknown));
    }

    [Fact]
    public void Initiatives_RefuseUnknownTags()
    {
        var i = I("x", RoadmapPhase.Implementation);
        Assert.Equal("objectives", Assert.Throws<ArgumentOutOfRangeException>(() => i.WithObjectives([CrmObjective.Unknown])).ParamName);
        Assert.Equal("elements", Assert.Throws<ArgumentOutOfRangeException>(() => i.WithMarketingMix([(MarketingMixElement)9])).ParamName);
        Assert.Throws<ArgumentNullException>(() => i.WithObjectives(null!));
    }

    [Fact]
    public void InitiativeJson_CarriesTheTags_AndOldJsonStillReads()
    {
        var plain = I("x", RoadmapPhase.Implementation, "a1");
        var plainJson = CrmJson.Serialize(plain);
        Assert.DoesNotContain("objectives", plainJson, StringComparison.Ordinal);
        Assert.DoesNotContain("marketingMix", plainJson, StringComparison.Ordinal);

        var tagged = plain.WithObjectives([CrmObjective.Interaction]).WithMarketingMix([MarketingMixElement.Place, MarketingMixElement.Promotion]);
        var json = CrmJson.Serialize(tagged);
        Assert.Contains("\"objectives\":[\"Interaction\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"marketingMix\":[\"Place\",\"Promotion\"]", json, StringComparison.Ordinal);
        var back = CrmJson.Deserialize<Initiative>(json);
        Assert.Equal([CrmObjective.Interaction], back.Objectives.ToArray());
        Assert.Equal([MarketingMixElement.Place, MarketingMixElement.Promotion], back.MarketingMix.ToArray());
        Assert.Empty(CrmJson.Deserialize<Initiative>(plainJson).Objectives);
        Assert.Throws<System.Text.Json.JsonException>(() => CrmJson.Deserialize<Initiative>(json.Replace("\"Interaction\"", "\"Unknown\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void ScorecardKpis_ServeAnObjective_AndTheReportGroupsThem()
    {
        var nps = KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(40, 30)).WithObjective(CrmObjective.Satisfaction);
        var fcr = KpiDefinition.Create("First-contact resolution", KpiUnit.Fraction, KpiTarget.AtLeast(0.8, 0.7)).WithObjective(CrmObjective.Service);
        var backlog = KpiDefinition.Create("Backlog", KpiUnit.Count, KpiTarget.AtMost(10, 20));
        var report = Scorecard.Create("Service", [nps, fcr, backlog]).Evaluate([
            new KeyValuePair<string, KpiValue>("NPS", KpiValue.Of(45)),
            new KeyValuePair<string, KpiValue>("First-contact resolution", KpiValue.Of(0.65)),
            new KeyValuePair<string, KpiValue>("Backlog", KpiValue.Of(4))]);
        Assert.Equal(KpiStatus.Met, Assert.Single(report.Serving(CrmObjective.Satisfaction)).Status);
        Assert.Equal(KpiStatus.Missed, Assert.Single(report.Serving(CrmObjective.Service)).Status);
        Assert.Empty(report.Serving(CrmObjective.CustomerValue));
        Assert.Null(backlog.Objective);
        Assert.NotEqual(nps, KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(40, 30)));
        Assert.Equal("objective", Assert.Throws<ArgumentOutOfRangeException>(() => new KpiDefinition("x", KpiUnit.Number, KpiTarget.AtLeast(1, 0), null, CrmObjective.Unknown)).ParamName);
    }

    [Fact]
    public void KpiJson_CarriesTheObjective_AndOldJsonStillReads()
    {
        var plain = KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(40, 30));
        var plainJson = CrmJson.Serialize(plain);
        Assert.DoesNotContain("objective", plainJson, StringComparison.Ordinal);
        Assert.Equal(plain, CrmJson.Deserialize<KpiDefinition>(plainJson));

        var json = CrmJson.Serialize(plain.WithObjective(CrmObjective.Satisfaction));
        Assert.Contains("\"objective\":\"Satisfaction\"", json, StringComparison.Ordinal);
        Assert.Equal(CrmObjective.Satisfaction, CrmJson.Deserialize<KpiDefinition>(json).Objective);
    }
}
