using Crm.Domain.CustomerValue;
using Crm.Domain.Scoring;
using Crm.Domain.Specifications;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Serialization;

/// <summary>JSON of the shared building blocks: scores with their breakdown, specification results, customer summaries.</summary>
public class BuildingBlockJsonTests
{
    private sealed record Lead(int Employees, int Visits);

    private static readonly ScoringModel<Lead> Model = ScoringModel<Lead>.Create(
    [
        (ScoringRule<Lead>.When("large company", l => l.Employees >= 500, 20), 1d),
        (ScoringRule<Lead>.Create("visits", l => l.Visits), 2.5d),
    ], minimum: 0, maximum: 100);

    [Property(MaxTest = 200)]
    public bool ScoreBreakdown_RoundTrips(int employees, int visits)
    {
        var breakdown = Model.Evaluate(new Lead(Math.Abs(employees % 5000), visits % 60));
        var copy = JsonAssert.RoundTrip(breakdown);
        return copy.Total == breakdown.Total && copy.Contributions.SequenceEqual(breakdown.Contributions);
    }

    [Fact]
    public void Score_And_Contribution_RoundTrip()
    {
        Assert.Equal(Score.Of(-12.5), JsonAssert.RoundTrip(Score.Of(-12.5)));
        var c = new ScoreContribution("visits", 2, 7, 14);
        Assert.Equal(c, JsonAssert.RoundTrip(c));
    }

    [Theory]
    [InlineData("""{"total":34,"contributions":[{"rule":"visits","weight":2,"points":7,"contribution":15}]}""")]
    [InlineData("""{"total":99,"contributions":[{"rule":"visits","weight":2,"points":7,"contribution":14}]}""")]
    [InlineData("""{"total":14,"contributions":[{"rule":" ","weight":2,"points":7,"contribution":14}]}""")]
    [InlineData("""{"total":14}""")]
    public void ScoreBreakdown_ThatDoesNotAddUp_IsRefused(string json) => JsonAssert.Invalid<ScoreBreakdown>(json);

    [Fact]
    public void ScoreBreakdown_ClampedTotal_IsAccepted()
    {
        // 20 + 2.5 x 59 = 167.5, clamped to the model's maximum of 100.
        var clamped = Model.Evaluate(new Lead(800, 59));
        Assert.Equal(100d, clamped.Total.Value);
        Assert.Equal(100d, JsonAssert.RoundTrip(clamped).Total.Value);
    }

    [Property(MaxTest = 100)]
    public bool SpecificationResult_RoundTripsWithItsExplanation(int x)
    {
        var even = Spec.Where<int>("even", v => v % 2 == 0);
        var positive = Spec.Where<int>("positive", v => v > 0);
        var result = ((even & !positive) | Spec.Where<int>("small", v => Math.Abs(v) < 10)).Evaluate(x);
        var copy = JsonAssert.RoundTrip(result);
        return copy.Explain() == result.Explain() && copy.IsSatisfied == result.IsSatisfied;
    }

    [Theory]
    [InlineData("""{"name":"","isSatisfied":true,"parts":[]}""")]
    [InlineData("""{"name":"a","isSatisfied":"yes","parts":[]}""")]
    [InlineData("""{"name":"a"}""")]
    public void SpecificationResult_Invalid_IsRefused(string json) => JsonAssert.Invalid<SpecificationResult>(json);

    public static Arbitrary<CustomerSummary> Summaries() =>
        (from x in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 10_000))
         from age in Gen.Choose(0, 100_000).Select(i => i / 100d)
         from share in Gen.Choose(0, 1000).Select(i => i / 1000d)
         from spend in Gen.Choose(1, 1_000_000).Select(i => i / 100d)
         select x == 0 ? CustomerSummary.Create(0, 0, age) : CustomerSummary.Create(x, age * share, age, spend)).ToArbitrary();

    [Property(Arbitrary = [typeof(BuildingBlockJsonTests)], MaxTest = 200)]
    public bool CustomerSummary_RoundTrips(CustomerSummary summary) => JsonAssert.RoundTrip(summary) == summary;

    [Theory]
    [InlineData("""{"frequency":2,"recency":40,"age":39}""")]
    [InlineData("""{"frequency":0,"recency":3,"age":39}""")]
    [InlineData("""{"frequency":-1,"recency":0,"age":39}""")]
    [InlineData("""{"frequency":2,"recency":1}""")]
    [InlineData("""{"frequency":2.5,"recency":1,"age":3}""")]
    public void CustomerSummary_Invalid_IsRefused(string json) => JsonAssert.Invalid<CustomerSummary>(json);
}
