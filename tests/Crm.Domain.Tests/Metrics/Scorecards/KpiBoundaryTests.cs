using Crm.Domain.Metrics.Scorecards;

namespace Crm.Domain.Tests.Metrics.Scorecards;

/// <summary>
/// Issue 13 item 6 (mutation survivors in Metrics/Scorecards): every boundary of <see cref="KpiTarget.Assess"/> on
/// both sides (a value exactly at the target or the threshold, and one ulp either side), both refusals of the
/// constructor and the equal-threshold edge, every unit's text and the equality members. Expected values are the
/// documented rules applied by hand.
/// </summary>
public class KpiBoundaryTests
{
    [Theory]
    [InlineData(0.9, KpiStatus.Met)]
    [InlineData(0.95, KpiStatus.Met)]
    [InlineData(0.8999999999999999, KpiStatus.AtRisk)]
    [InlineData(0.8, KpiStatus.AtRisk)]
    [InlineData(0.7999999999999999, KpiStatus.Missed)]
    [InlineData(-1e300, KpiStatus.Missed)]
    public void At_least_targets_are_met_from_the_target_and_at_risk_from_the_threshold(double value, KpiStatus expected) =>
        Assert.Equal(expected, KpiTarget.AtLeast(0.9, 0.8).Assess(value));

    [Theory]
    [InlineData(24d, KpiStatus.Met)]
    [InlineData(1d, KpiStatus.Met)]
    [InlineData(24.000000000000004, KpiStatus.AtRisk)]
    [InlineData(48d, KpiStatus.AtRisk)]
    [InlineData(48.00000000000001, KpiStatus.Missed)]
    [InlineData(1e300, KpiStatus.Missed)]
    public void At_most_targets_are_met_up_to_the_target_and_at_risk_up_to_the_threshold(double value, KpiStatus expected) =>
        Assert.Equal(expected, KpiTarget.AtMost(24, 48).Assess(value));

    [Fact]
    public void No_value_is_no_data_and_a_non_finite_value_is_refused()
    {
        Assert.Equal(KpiStatus.NoData, KpiTarget.AtLeast(1, 0).Assess(null));
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => KpiTarget.AtLeast(1, 0).Assess(double.NaN)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => KpiTarget.AtMost(1, 2).Assess(double.PositiveInfinity));
        Assert.Equal("this", Assert.ThrowsAny<ArgumentException>(() => default(KpiTarget).Assess(1)).ParamName);
    }

    [Fact]
    public void A_threshold_on_the_wrong_side_is_refused_and_one_equal_to_the_target_is_kept()
    {
        Assert.Equal("atRiskThreshold", Assert.Throws<ArgumentException>(() => KpiTarget.AtLeast(0.9, 0.9000000000000001)).ParamName);
        Assert.Equal("atRiskThreshold", Assert.Throws<ArgumentException>(() => KpiTarget.AtMost(24, 23.999999999999996)).ParamName);
        var atLeast = KpiTarget.AtLeast(0.9, 0.9);
        Assert.Equal(KpiStatus.Met, atLeast.Assess(0.9));
        Assert.Equal(KpiStatus.Missed, atLeast.Assess(0.8999999999999999));
        var atMost = KpiTarget.AtMost(24, 24);
        Assert.Equal(KpiStatus.Met, atMost.Assess(24));
        Assert.Equal(KpiStatus.Missed, atMost.Assess(24.000000000000004));
        Assert.ThrowsAny<ArgumentException>(() => new KpiTarget((KpiDirection)3, 1, 1));
        Assert.ThrowsAny<ArgumentException>(() => KpiTarget.AtLeast(double.NaN, 0));
        Assert.ThrowsAny<ArgumentException>(() => KpiTarget.AtLeast(1, double.NegativeInfinity));
    }

    [Fact]
    public void Targets_read_as_written()
    {
        Assert.Equal(">= 0.9 (at risk from 0.8)", KpiTarget.AtLeast(0.9, 0.8).ToString());
        Assert.Equal("<= 24 (at risk up to 48)", KpiTarget.AtMost(24, 48).ToString());
        Assert.True(KpiTarget.AtLeast(1, 0).IsInitialized);
        Assert.False(default(KpiTarget).IsInitialized);
        Assert.Equal(KpiDirection.LowerIsBetter, KpiTarget.AtMost(24, 48).Direction);
        Assert.Equal(48d, KpiTarget.AtMost(24, 48).AtRiskThreshold);
        Assert.Equal(24d, KpiTarget.AtMost(24, 48).Target);
    }

    [Theory]
    [InlineData(KpiUnit.Number, 0.12345, "0.123")]
    [InlineData(KpiUnit.Fraction, 0.876, "87.6 %")]
    [InlineData(KpiUnit.Points, 12.34, "+12.3 pts")]
    [InlineData(KpiUnit.Points, -5.0, "-5 pts")]
    [InlineData(KpiUnit.Points, 0.0, "0 pts")]
    [InlineData(KpiUnit.Hours, 3.24, "3.2 h")]
    [InlineData(KpiUnit.Days, 2.0, "2 d")]
    [InlineData(KpiUnit.Money, 1234.5, "1,234.50")]
    [InlineData(KpiUnit.Count, 12345.678, "12,345.68")]
    public void Every_unit_formats_its_values(KpiUnit unit, double value, string expected)
    {
        var kpi = KpiDefinition.Create("kpi", unit, KpiTarget.AtLeast(1, 0));
        Assert.Equal(expected, kpi.Format(value));
        Assert.Equal("no data", kpi.Format(null));
    }

    [Fact]
    public void Definitions_are_equal_member_by_member_and_read_as_name_and_target()
    {
        var a = KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.9, 0.8), "share satisfied");
        Assert.Equal("CSAT: >= 0.9 (at risk from 0.8)", a.ToString());
        Assert.True(a == KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.9, 0.8), "share satisfied"));
        Assert.Equal(a.GetHashCode(), KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.9, 0.8), "share satisfied").GetHashCode());
        Assert.True(a != KpiDefinition.Create("CSAt", KpiUnit.Fraction, KpiTarget.AtLeast(0.9, 0.8), "share satisfied"));
        Assert.True(a != KpiDefinition.Create("CSAT", KpiUnit.Number, KpiTarget.AtLeast(0.9, 0.8), "share satisfied"));
        Assert.True(a != KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.9, 0.7), "share satisfied"));
        Assert.True(a != KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.9, 0.8), "Share satisfied"));
        Assert.True(a != KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.9, 0.8)));
        Assert.False(a.Equals((object?)null));
        Assert.False(a == null);
        Assert.True((KpiDefinition?)null == null);
        Assert.True(a.Equals((object)KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.9, 0.8), "share satisfied")));
    }

    [Fact]
    public void Names_are_one_to_a_hundred_characters_and_units_are_defined()
    {
        Assert.Equal(100, KpiDefinition.Create(new string('k', 100), KpiUnit.Count, KpiTarget.AtLeast(1, 0)).Name.Length);
        Assert.Equal("name.Length", Assert.ThrowsAny<ArgumentException>(() => KpiDefinition.Create(new string('k', 101), KpiUnit.Count, KpiTarget.AtLeast(1, 0))).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => KpiDefinition.Create(" ", KpiUnit.Count, KpiTarget.AtLeast(1, 0)));
        Assert.ThrowsAny<ArgumentException>(() => KpiDefinition.Create("k", (KpiUnit)7, KpiTarget.AtLeast(1, 0)));
        Assert.ThrowsAny<ArgumentException>(() => KpiDefinition.Create("k", KpiUnit.Count, default));
        Assert.Equal(KpiUnit.Number, KpiDefinition.Create("k", default, KpiTarget.AtLeast(1, 0)).Unit);
    }
}
