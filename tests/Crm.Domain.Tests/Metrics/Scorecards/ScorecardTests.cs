using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Primitives;
using Crm.Domain.Tests.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Scorecards;

public class ScorecardTests
{
    private static readonly KpiDefinition SameDay = KpiDefinition.Create(
        "Same-day closure", KpiUnit.Fraction, KpiTarget.AtLeast(0.80, atRiskFrom: 0.70), "Cases closed on their opening day (desk zone).");

    private static readonly KpiDefinition Ttr = KpiDefinition.Create(
        "Median time to resolution", KpiUnit.Hours, KpiTarget.AtMost(8, atRiskUpTo: 12));

    private static readonly KpiDefinition Nps = KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(30, 10));

    private static readonly Scorecard Card = Scorecard.Create("Service desk", [SameDay, Ttr, Nps]);

    [Theory]
    [InlineData(0.85, KpiStatus.Met)]
    [InlineData(0.80, KpiStatus.Met)]
    [InlineData(0.7999, KpiStatus.AtRisk)]
    [InlineData(0.70, KpiStatus.AtRisk)]
    [InlineData(0.6999, KpiStatus.Missed)]
    [InlineData(0.0, KpiStatus.Missed)]
    public void AtLeast_Bands_FollowTheExample(double value, KpiStatus expected) =>
        Assert.Equal(expected, KpiTarget.AtLeast(0.80, 0.70).Assess(value));

    [Theory]
    [InlineData(4.0, KpiStatus.Met)]
    [InlineData(8.0, KpiStatus.Met)]
    [InlineData(8.01, KpiStatus.AtRisk)]
    [InlineData(12.0, KpiStatus.AtRisk)]
    [InlineData(12.5, KpiStatus.Missed)]
    public void AtMost_Bands_AreMirrored(double value, KpiStatus expected) =>
        Assert.Equal(expected, KpiTarget.AtMost(8, 12).Assess(value));

    [Fact]
    public void Assess_NoValue_IsNoData() => Assert.Equal(KpiStatus.NoData, KpiTarget.AtLeast(1, 0).Assess(null));

    [Fact]
    public void AtLeast_ThresholdAboveTarget_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => KpiTarget.AtLeast(0.7, 0.8));
        Assert.Equal("atRiskThreshold", ex.ParamName);
        Assert.Contains("(0.8)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(0.7)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtMost_ThresholdBelowTarget_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => KpiTarget.AtMost(12, 8));
        Assert.Contains("(8)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(12)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInputs_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiTarget.AtLeast(double.NaN, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiValue.Of(double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => KpiDefinition.Create(" ", KpiUnit.Number, KpiTarget.AtLeast(1, 0)));
        Assert.Throws<ArgumentException>(() => KpiDefinition.Create("x", KpiUnit.Number, default));
        Assert.Throws<ArgumentException>(() => default(KpiTarget).Assess(1));
        var dup = Assert.Throws<ArgumentException>(() => Scorecard.Create("card", [Nps, Nps]));
        Assert.Contains("'NPS'", dup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TakesAccumulatorResults_AndReportsEachStatus()
    {
        var report = Card.Evaluate(new Dictionary<string, KpiValue>
        {
            ["Same-day closure"] = KpiValue.From(Ratio.Rate(375, 500)), // 75 %: at risk
            ["Median time to resolution"] = KpiValue.Hours(Duration.FromMinutes(390)), // 6.5 h: met
        });

        Assert.Equal(KpiStatus.AtRisk, report["Same-day closure"].Status);
        Assert.Equal("375/500", report["Same-day closure"].Value.Detail);
        Assert.Equal("75 %", report["Same-day closure"].FormattedValue);
        Assert.Equal(KpiStatus.Met, report["Median time to resolution"].Status);
        Assert.Equal("6.5 h", report["Median time to resolution"].FormattedValue);
        Assert.Equal(KpiStatus.NoData, report["NPS"].Status); // no value given
        Assert.Equal(KpiStatus.AtRisk, report.Overall);
        Assert.Equal(1, report.CountOf(KpiStatus.Met));
        Assert.Equal(["Same-day closure", "Median time to resolution", "NPS"], report.Outcomes.Select(o => o.Kpi.Name).ToArray());
        Assert.Equal("Service desk: 1 met, 1 at risk, 0 missed, 1 no data", report.ToString());
    }

    [Fact]
    public void Evaluate_EmptyRatio_IsNoData_NotMissed()
    {
        var report = Card.Evaluate([new("Same-day closure", KpiValue.From(Ratio.Empty)), new("NPS", KpiValue.Of(-12.5))]);
        Assert.Equal(KpiStatus.NoData, report["Same-day closure"].Status);
        Assert.Equal(KpiStatus.Missed, report["NPS"].Status);
        Assert.Equal("-12.5 pts", report["NPS"].FormattedValue);
        Assert.Equal(KpiStatus.Missed, report.Overall);
    }

    [Fact]
    public void Evaluate_UnknownKpiName_ThrowsListingTheKnownOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() => Card.Evaluate([new("NSP", KpiValue.Of(40))]));
        Assert.Contains("'NSP'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'NPS'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_AndReport_RoundTripThroughJson()
    {
        Assert.Equal(Card, JsonAssert.RoundTrip(Card));
        var report = Card.Evaluate([new("Same-day closure", KpiValue.From(Ratio.Rate(412, 500))), new("NPS", KpiValue.Of(31))]);
        Assert.Equal(report, JsonAssert.RoundTrip(report));
        Assert.Equal(SameDay.Target, JsonAssert.RoundTrip(SameDay.Target));
        Assert.Equal(KpiValue.NoData, JsonAssert.RoundTrip(KpiValue.NoData));
        Assert.Contains("\"direction\":\"HigherIsBetter\"", Domain.Serialization.CrmJson.Serialize(Card), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_TargetsOutOfOrderOrInconsistentStatus_AreRefused()
    {
        JsonAssert.Invalid<KpiTarget>("""{"direction":"HigherIsBetter","target":0.7,"atRiskThreshold":0.8}""");
        JsonAssert.Invalid<KpiTarget>("""{"direction":"Sideways","target":0.7,"atRiskThreshold":0.8}""");
        JsonAssert.Invalid<KpiOutcome>("""
            {"kpi":{"name":"NPS","unit":"Points","target":{"direction":"HigherIsBetter","target":30,"atRiskThreshold":10},"description":null},
             "value":{"value":5,"detail":null},"status":"Met"}
            """);
        JsonAssert.Invalid<Scorecard>("""{"name":" ","kpis":[]}""");
        var nps = Domain.Serialization.CrmJson.Serialize(Nps);
        JsonAssert.Invalid<Scorecard>($$"""{"name":"card","kpis":[{{nps}},{{nps}}]}""");
    }

    public static Arbitrary<(KpiTarget Target, double Value)> TargetsAndValues() =>
        (from higher in Gen.Elements(true, false)
         from target in Gen.Choose(-1000, 1000)
         from band in Gen.Choose(0, 500)
         from value in Gen.Choose(-2000, 2000)
         select (higher ? KpiTarget.AtLeast(target, target - band) : KpiTarget.AtMost(target, target + band), (double)value))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(ScorecardTests)], MaxTest = 300)]
    public bool Assess_IsMonotoneInTheValue((KpiTarget Target, double Value) input)
    {
        // Moving a value in the good direction never makes its status worse; JSON keeps the target.
        var (target, value) = input;
        var better = target.Direction == KpiDirection.HigherIsBetter ? value + 1 : value - 1;
        return target.Assess(better) <= target.Assess(value) && JsonAssert.RoundTrip(target) == target;
    }
}
