using System.Text.Json;
using Crm.Domain.Competencies;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;

namespace Crm.Domain.Tests.Competencies;

public class CompetencyJsonTests
{
    private const string UserFramework = """
        {
          "id": "my-crm",
          "name": "My CRM model",
          "blocks": [
            { "id": "data", "title": "Data", "weight": 2,
              "criteria": [
                { "id": "data.quality", "title": "Data quality", "crmType": "Analytical", "weight": 3 },
                { "id": "data.single-view", "title": "Single customer view", "crmType": "Collaborative" }
              ] },
            { "id": "care", "title": "Care",
              "criteria": [ { "id": "care.sla", "title": "SLAs", "crmType": "Operational", "stage": "Care" } ] }
          ]
        }
        """;

    [Fact]
    public void UserFramework_LoadsFromJson()
    {
        var f = CrmJson.Deserialize<CompetencyFramework>(UserFramework);
        Assert.Equal("my-crm", f.Id);
        Assert.Equal(["data.quality", "data.single-view", "care.sla"], f.Criteria.Select(c => c.Id));
        Assert.Equal(3d, f.GetCriterion("data.quality").Weight);
        Assert.Equal(1d, f.GetCriterion("data.single-view").Weight);
        Assert.Equal(ExperienceStage.Care, f.GetCriterion("care.sla").Stage);
        Assert.Equal(2d / 3 * 3 / 4, f.EffectiveWeight("data.quality"), 12);
    }

    [Fact]
    public void BuiltInFrameworks_RoundTrip()
    {
        foreach (var framework in CompetencyFrameworks.All)
        {
            var copy = JsonAssert.RoundTrip(framework);
            Assert.Equal(framework.Criteria.Select(c => (c.Id, c.Title, c.Weight, c.CrmType, c.Stage, c.Description)),
                copy.Criteria.Select(c => (c.Id, c.Title, c.Weight, c.CrmType, c.Stage, c.Description)));
            Assert.Equal(framework.Blocks.Select(b => (b.Id, b.Title, b.Weight)), copy.Blocks.Select(b => (b.Id, b.Title, b.Weight)));
        }
    }

    [Fact]
    public void EveryPublicType_RoundTrips()
    {
        var criterion = CompetencyFrameworks.Gartner.GetCriterion("experience.care");
        var criterionCopy = JsonAssert.RoundTrip(criterion);
        Assert.Equal((criterion.Id, criterion.Stage, criterion.CrmType), (criterionCopy.Id, criterionCopy.Stage, criterionCopy.CrmType));

        var block = JsonAssert.RoundTrip(CompetencyFrameworks.Gartner.GetBlock("collaboration"));
        Assert.Equal(4, block.Criteria.Length);

        var rating = TinyFramework.R("a1", 4, evidence: "Interviewed the CRM lead");
        Assert.Equal(rating, JsonAssert.RoundTrip(rating));

        var assessment = TinyFramework.TwoAssessors();
        var assessmentCopy = JsonAssert.RoundTrip(assessment);
        Assert.Equal(assessment.Ratings.ToArray(), assessmentCopy.Ratings.ToArray());
        Assert.Equal(assessment.OverallIndex(), assessmentCopy.OverallIndex());

        var target = TargetProfile.ForBlocks(TinyFramework.Create(), [KeyValuePair.Create("B", MaturityLevel.Optimised)], MaturityLevel.Defined, "2027");
        var targetCopy = JsonAssert.RoundTrip(target);
        Assert.Equal(target.Targets.ToArray(), targetCopy.Targets.ToArray());
        Assert.Equal("2027", targetCopy.Name);

        var initiative = new Initiative("crm-suite", "Select a CRM suite", RoadmapPhase.TechnologyAndVendorSelection, ["a1"], 0.8, 2.5, ["vision"], "Vendor RFP");
        var initiativeCopy = JsonAssert.RoundTrip(initiative);
        Assert.Equal((initiative.Id, initiative.Phase, initiative.StrategicAlignment, initiative.Effort, initiative.Description),
            (initiativeCopy.Id, initiativeCopy.Phase, initiativeCopy.StrategicAlignment, initiativeCopy.Effort, initiativeCopy.Description));
        Assert.Equal(initiative.Closes.ToArray(), initiativeCopy.Closes.ToArray());
        Assert.Equal(initiative.DependsOn.ToArray(), initiativeCopy.DependsOn.ToArray());
    }

    [Fact]
    public void Assessment_NamingACriterionTheFrameworkLacks_IsJsonException()
    {
        var json = CrmJson.Serialize(TinyFramework.TwoAssessors()).Replace("\"criterionId\":\"a2\"", "\"criterionId\":\"zz\"", StringComparison.Ordinal);
        Assert.Contains("\"criterionId\":\"zz\"", json, StringComparison.Ordinal);
        var ex = JsonAssert.Invalid<Assessment>(json);
        Assert.Contains("'zz'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"weight\": 3", "\"weight\": 0", "weight")]
    [InlineData("\"weight\": 3", "\"weight\": -2", "weight")]
    [InlineData("\"id\": \"data.single-view\"", "\"id\": \"data.quality\"", "'data.quality'")]
    [InlineData("\"id\": \"care\"", "\"id\": \"data\"", "two blocks with id 'data'")]
    [InlineData("\"crmType\": \"Operational\"", "\"crmType\": \"Unknown\"", "crmType")]
    public void Framework_BreakingARule_IsJsonExceptionNamingTheItem(string find, string replace, string expected)
    {
        var ex = JsonAssert.Invalid<CompetencyFramework>(UserFramework.Replace(find, replace, StringComparison.Ordinal));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Framework_EmptyBlocksOrCriteria_IsJsonException()
    {
        JsonAssert.Invalid<CompetencyFramework>("""{"id":"f","name":"F","blocks":[]}""");
        JsonAssert.Invalid<CompetencyFramework>("""{"id":"f","name":"F","blocks":[{"id":"b","title":"B","criteria":[]}]}""");
        JsonAssert.Invalid<CompetencyFramework>("""{"id":"f","name":"F"}""");
        JsonAssert.Invalid<CompetencyFramework>("""{"id":"f","name":"F","blocks":[null]}""");
        JsonAssert.Invalid<CompetencyFramework>("null");
    }

    [Fact]
    public void Framework_MalformedJson_IsJsonExceptionWithPath()
    {
        var wrongType = JsonAssert.Invalid<CompetencyFramework>(UserFramework.Replace("\"weight\": 3", "\"weight\": \"heavy\"", StringComparison.Ordinal));
        Assert.NotNull(wrongType.Path);
        Assert.Contains("weight", wrongType.Path, StringComparison.Ordinal);

        var truncated = JsonAssert.Invalid<CompetencyFramework>(UserFramework[..120]);
        Assert.NotNull(truncated.Path);
    }

    [Fact]
    public void Rating_OffTheScale_IsJsonException()
    {
        var json = CrmJson.Serialize(TinyFramework.TwoAssessors()).Replace("\"level\":5", "\"level\":6", StringComparison.Ordinal);
        Assert.Contains("\"level\":6", json, StringComparison.Ordinal);
        JsonAssert.Invalid<Assessment>(json);
    }

    [Fact]
    public void TargetProfile_MissingOrUnknownCriterion_IsJsonException()
    {
        var json = CrmJson.Serialize(TargetProfile.Uniform(TinyFramework.Create(), MaturityLevel.Managed));
        var missing = JsonAssert.Invalid<TargetProfile>(json.Replace("\"b1\":4", "\"zz\":4", StringComparison.Ordinal));
        Assert.Contains("'b1'", missing.Message, StringComparison.Ordinal);
        var unknown = JsonAssert.Invalid<TargetProfile>(json.Replace("\"b1\":4", "\"b1\":4,\"zz\":4", StringComparison.Ordinal));
        Assert.Contains("'zz'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Initiative_BadValues_AreJsonExceptions()
    {
        var json = CrmJson.Serialize(new Initiative("x", "X", RoadmapPhase.Implementation, [], 0.5, 2));
        JsonAssert.Invalid<Initiative>(json.Replace("\"effort\":2", "\"effort\":9", StringComparison.Ordinal));
        JsonAssert.Invalid<Initiative>(json.Replace("\"phase\":\"Implementation\"", "\"phase\":\"Someday\"", StringComparison.Ordinal));
        JsonAssert.Invalid<Initiative>(json.Replace("\"dependsOn\":[]", "\"dependsOn\":[\"x\"]", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_UsesCamelCaseAndStringEnums()
    {
        var json = CrmJson.Serialize(TinyFramework.TwoAssessors());
        Assert.Contains("\"crmType\":\"Strategic\"", json, StringComparison.Ordinal);
        Assert.Contains("\"assessedOn\":\"2026-03-02\"", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(3, doc.RootElement.GetProperty("ratings").GetArrayLength());
    }
}
