using System.Collections.Immutable;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Scorecards;

/// <summary>
/// Issue 13 item 6 (mutation survivors in Metrics/Scorecards): the members of <see cref="KpiValue"/>,
/// <see cref="KpiOutcome"/>, <see cref="Scorecard"/> and <see cref="ScorecardReport"/> that the behaviour tests do not
/// pin: every guard (refused and first accepted value), every equality member on its own, the texts and the
/// objective perspective. Expected values are the documented rules applied by hand.
/// </summary>
public class ScorecardMemberTests
{
    private static readonly KpiDefinition Nps = KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(30, 10));

    private static readonly KpiDefinition Ttr = KpiDefinition.Create("TTR", KpiUnit.Hours, KpiTarget.AtMost(8, 12));

    [Fact]
    public void Values_carry_their_number_and_detail()
    {
        Assert.False(KpiValue.NoData.HasValue);
        Assert.Null(KpiValue.NoData.Value);
        Assert.Equal(default, KpiValue.NoData);
        Assert.True(KpiValue.Of(0).HasValue);
        Assert.Equal(0d, KpiValue.Of(0).Value);
        Assert.Null(KpiValue.Of(2).Detail);
        Assert.Equal("n=40", KpiValue.Of(2.5, "n=40").Detail);
        Assert.Equal(2.5, KpiValue.Of(2.5, "n=40").Value);
        Assert.False(KpiValue.Of(null, "none").HasValue);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => KpiValue.Of(double.NaN)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiValue.Of(double.NegativeInfinity, "x"));
        Assert.Equal(double.MaxValue, KpiValue.Of(double.MaxValue).Value);
    }

    [Fact]
    public void Rates_durations_and_money_become_values_in_their_unit()
    {
        var rate = KpiValue.From(Ratio.Rate(412, 500));
        Assert.Equal(0.824, rate.Value);
        Assert.Equal("412/500", rate.Detail);
        Assert.Null(KpiValue.From(Ratio.Empty).Value);
        Assert.Equal("0/0", KpiValue.From(Ratio.Empty).Detail);

        Assert.Equal(1.5, KpiValue.Hours(Duration.FromMinutes(90)).Value);
        Assert.Null(KpiValue.Hours(null).Value);
        Assert.Equal(1.5, KpiValue.Days(Duration.FromHours(36)).Value);
        Assert.Null(KpiValue.Days(null).Value);
        Assert.Null(KpiValue.Days(null).Detail);

        var money = KpiValue.From(Money.Of(1234.5m, "EUR"));
        Assert.Equal(1234.5, money.Value);
        Assert.Equal("EUR", money.Detail);
        Assert.Equal(KpiValue.NoData, KpiValue.From((Money?)null));
    }

    [Fact]
    public void Values_read_as_number_and_detail()
    {
        Assert.Equal("0.824 (412/500)", KpiValue.From(Ratio.Rate(412, 500)).ToString());
        Assert.Equal("3.1416", KpiValue.Of(3.14159265).ToString());
        Assert.Equal("-2", KpiValue.Of(-2).ToString());
        Assert.Equal("no data", KpiValue.NoData.ToString());
        Assert.Equal("no data", KpiValue.Of(null, "ignored").ToString());
    }

    [Fact]
    public void Definitions_keep_and_compare_their_objective()
    {
        var serving = Nps.WithObjective(CrmObjective.Satisfaction);
        Assert.Equal(CrmObjective.Satisfaction, serving.Objective);
        Assert.Null(Nps.Objective);
        Assert.Equal(CrmObjective.Service, new KpiDefinition("k", KpiUnit.Count, KpiTarget.AtLeast(1, 0), null, CrmObjective.Service).Objective);
        Assert.Equal("objective", Assert.ThrowsAny<ArgumentException>(() => Nps.WithObjective(CrmObjective.Unknown)).ParamName);
        Assert.Equal("objective", Assert.ThrowsAny<ArgumentException>(() => Nps.WithObjective((CrmObjective)5)).ParamName);
        Assert.Equal(CrmObjective.CustomerValue, Nps.WithObjective(CrmObjective.CustomerValue).Objective);

        Assert.NotEqual(Nps, serving);
        Assert.False(Nps == serving);
        Assert.True(Nps != serving);
        Assert.NotEqual(serving, Nps.WithObjective(CrmObjective.Service));
        Assert.Equal(serving, Nps.WithObjective(CrmObjective.Satisfaction));
        Assert.Equal("NPS", serving.Name);
        Assert.Equal(Nps.Target, serving.Target);
        Assert.Equal(KpiUnit.Points, serving.Unit);
        Assert.Null(serving.Description);
        Assert.Equal("Described", KpiDefinition.Create("k", KpiUnit.Count, KpiTarget.AtLeast(1, 0), "Described").WithObjective(CrmObjective.Service).Description);
        Assert.Equal(KpiStatus.AtRisk, Nps.Assess(KpiValue.Of(10)));
        Assert.Equal(KpiStatus.NoData, Nps.Assess(KpiValue.NoData));
    }

    [Fact]
    public void An_outcome_must_carry_the_status_its_target_gives()
    {
        var outcome = new KpiOutcome(Nps, KpiValue.Of(31), KpiStatus.Met);
        Assert.Same(Nps, outcome.Kpi);
        Assert.Equal(KpiValue.Of(31), outcome.Value);
        Assert.Equal(KpiStatus.Met, outcome.Status);
        Assert.Equal("+31 pts", outcome.FormattedValue);
        Assert.Equal("NPS: +31 pts Met", outcome.ToString());
        Assert.Equal("NPS: no data NoData", new KpiOutcome(Nps, KpiValue.NoData, KpiStatus.NoData).ToString());

        var ex = Assert.Throws<ArgumentException>(() => new KpiOutcome(Nps, KpiValue.Of(5), KpiStatus.Met));
        Assert.Equal("status", ex.ParamName);
        Assert.Contains("status Met disagrees with the target of 'NPS' (>= 30 (at risk from 10)) for value 5: it is Missed.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new KpiOutcome(Nps, KpiValue.Of(31), KpiStatus.AtRisk));
        Assert.Throws<ArgumentException>(() => new KpiOutcome(Nps, KpiValue.NoData, KpiStatus.Met));
        Assert.Throws<ArgumentNullException>(() => new KpiOutcome(null!, KpiValue.Of(31), KpiStatus.Met));
    }

    [Fact]
    public void Outcomes_are_equal_member_by_member()
    {
        var a = new KpiOutcome(Nps, KpiValue.Of(31), KpiStatus.Met);
        var same = new KpiOutcome(KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(30, 10)), KpiValue.Of(31), KpiStatus.Met);
        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        var otherValue = new KpiOutcome(Nps, KpiValue.Of(40), KpiStatus.Met);
        var otherDetail = new KpiOutcome(Nps, KpiValue.Of(31, "n=10"), KpiStatus.Met);
        var otherKpi = new KpiOutcome(KpiDefinition.Create("NPS2", KpiUnit.Points, KpiTarget.AtLeast(30, 10)), KpiValue.Of(31), KpiStatus.Met);
        var otherStatus = new KpiOutcome(Nps, KpiValue.Of(20), KpiStatus.AtRisk);
        foreach (var other in new[] { otherValue, otherDetail, otherKpi, otherStatus })
        {
            Assert.False(a.Equals(other));
            Assert.False(a == other);
            Assert.True(a != other);
        }

        Assert.False(a.Equals((KpiOutcome?)null));
        Assert.False(a.Equals((object)"NPS"));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True(a != null);
        Assert.True((KpiOutcome?)null == null);
        Assert.False((KpiOutcome?)null != null);
    }

    [Fact]
    public void Scorecards_refuse_default_null_and_blank_input()
    {
        Assert.Equal("kpis", Assert.Throws<ArgumentException>(() => new Scorecard("card", default)).ParamName);
        Assert.Contains("default ImmutableArray", Assert.Throws<ArgumentException>(() => new Scorecard("card", default)).Message, StringComparison.Ordinal);
        Assert.Equal("kpis", Assert.Throws<ArgumentNullException>(() => new Scorecard("card", [Nps, null!])).ParamName);
        Assert.Throws<ArgumentException>(() => new Scorecard("", [Nps]));
        Assert.Throws<ArgumentNullException>(() => Scorecard.Create("card", null!));
        var dup = Assert.Throws<ArgumentException>(() => new Scorecard("card", [Nps, Ttr, Nps]));
        Assert.Equal("kpis", dup.ParamName);
        Assert.Contains("kpis must have unique names; 'NPS' appears twice.", dup.Message, StringComparison.Ordinal);

        var empty = Scorecard.Create("empty", []);
        Assert.Empty(empty.Kpis);
        Assert.Equal("empty", empty.Name);
        Assert.Equal("empty (0 KPIs)", empty.ToString());
        Assert.Equal(2, new Scorecard("card", [Nps, Ttr]).Kpis.Length);
    }

    [Fact]
    public void Evaluate_refuses_a_name_twice_and_a_null_list()
    {
        var card = Scorecard.Create("Desk", [Nps, Ttr]);
        var twice = Assert.Throws<ArgumentException>(() => card.Evaluate([new("NPS", KpiValue.Of(1)), new("NPS", KpiValue.Of(2))]));
        Assert.Equal("values", twice.ParamName);
        Assert.Contains("'NPS' has two values.", twice.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ArgumentException>(() => card.Evaluate([new("nps", KpiValue.Of(40))]));
        Assert.Equal("values", unknown.ParamName);
        Assert.Contains("'nps' is not a KPI of scorecard 'Desk'; its KPIs are: 'NPS', 'TTR'.", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => card.Evaluate(null!));

        var report = card.Evaluate([new("TTR", KpiValue.Of(13))]);
        Assert.Equal("Desk", report.ScorecardName);
        Assert.Equal([KpiStatus.NoData, KpiStatus.Missed], report.Outcomes.Select(o => o.Status).ToArray());
        Assert.Equal(KpiValue.NoData, report["NPS"].Value);
        Assert.Equal(KpiValue.Of(13), report["TTR"].Value);
        Assert.Equal(KpiStatus.NoData, card.Evaluate([]).Overall);
    }

    [Fact]
    public void Scorecards_are_equal_by_name_and_kpis_in_order()
    {
        var a = Scorecard.Create("Desk", [Nps, Ttr]);
        var same = Scorecard.Create("Desk", [KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(30, 10)), Ttr]);
        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.Equal("Desk (2 KPIs)", a.ToString());

        foreach (var other in new[] { Scorecard.Create("desk", [Nps, Ttr]), Scorecard.Create("Desk", [Ttr, Nps]), Scorecard.Create("Desk", [Nps]) })
        {
            Assert.False(a.Equals(other));
            Assert.False(a == other);
            Assert.True(a != other);
        }

        Assert.False(a.Equals((Scorecard?)null));
        Assert.False(a.Equals((object)"Desk"));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True((Scorecard?)null == null);
        Assert.False((Scorecard?)null != null);
    }

    [Fact]
    public void Reports_refuse_default_null_blank_and_repeated_outcomes()
    {
        var met = new KpiOutcome(Nps, KpiValue.Of(31), KpiStatus.Met);
        var ex = Assert.Throws<ArgumentException>(() => new ScorecardReport("card", default));
        Assert.Equal("outcomes", ex.ParamName);
        Assert.Contains("outcomes must not be a default ImmutableArray.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("outcomes", Assert.Throws<ArgumentNullException>(() => new ScorecardReport("card", [met, null!])).ParamName);
        Assert.Throws<ArgumentException>(() => new ScorecardReport(" ", [met]));
        var dup = Assert.Throws<ArgumentException>(() => new ScorecardReport("card", [met, new KpiOutcome(Nps, KpiValue.Of(5), KpiStatus.Missed)]));
        Assert.Equal("outcomes", dup.ParamName);
        Assert.Contains("outcomes must name each KPI once; 'NPS' appears twice.", dup.Message, StringComparison.Ordinal);

        var empty = new ScorecardReport("card", []);
        Assert.Equal(KpiStatus.NoData, empty.Overall);
        Assert.Equal(0, empty.CountOf(KpiStatus.NoData));
        Assert.Equal("card: 0 met, 0 at risk, 0 missed, 0 no data", empty.ToString());
    }

    [Fact]
    public void Reports_count_statuses_and_take_the_worst_as_overall()
    {
        var report = new ScorecardReport("card", [
            new KpiOutcome(Nps, KpiValue.Of(31), KpiStatus.Met),
            new KpiOutcome(Ttr, KpiValue.NoData, KpiStatus.NoData)]);
        Assert.Equal(KpiStatus.Met, report.Overall);
        Assert.Equal(1, report.CountOf(KpiStatus.Met));
        Assert.Equal(1, report.CountOf(KpiStatus.NoData));
        Assert.Equal(0, report.CountOf(KpiStatus.Missed));
        Assert.Equal(0, report.CountOf(KpiStatus.AtRisk));
        Assert.Equal("card: 1 met, 0 at risk, 0 missed, 1 no data", report.ToString());
        Assert.Equal(KpiStatus.NoData, new ScorecardReport("card", [new KpiOutcome(Ttr, KpiValue.NoData, KpiStatus.NoData)]).Overall);

        var mixed = new ScorecardReport("card", [
            new KpiOutcome(Nps, KpiValue.Of(20), KpiStatus.AtRisk),
            new KpiOutcome(Ttr, KpiValue.Of(13), KpiStatus.Missed)]);
        Assert.Equal(KpiStatus.Missed, mixed.Overall);
        Assert.Equal("card: 0 met, 1 at risk, 1 missed, 0 no data", mixed.ToString());

        var missing = Assert.Throws<KeyNotFoundException>(() => report["nps"]);
        Assert.Contains("'nps' is not a KPI of scorecard 'card'.", missing.Message, StringComparison.Ordinal);
        Assert.Equal(KpiStatus.Met, report["NPS"].Status);
        Assert.Same(Ttr, report["TTR"].Kpi);
    }

    [Fact]
    public void Serving_keeps_the_kpis_of_one_objective_in_order()
    {
        var nps = Nps.WithObjective(CrmObjective.Satisfaction);
        var csat = KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.9, 0.8)).WithObjective(CrmObjective.Satisfaction);
        var ttr = Ttr.WithObjective(CrmObjective.Service);
        var report = Scorecard.Create("card", [nps, ttr, csat, KpiDefinition.Create("Other", KpiUnit.Count, KpiTarget.AtLeast(1, 0))])
            .Evaluate([new("NPS", KpiValue.Of(31))]);
        Assert.Equal(["NPS", "CSAT"], report.Serving(CrmObjective.Satisfaction).Select(o => o.Kpi.Name).ToArray());
        Assert.Equal(["TTR"], report.Serving(CrmObjective.Service).Select(o => o.Kpi.Name).ToArray());
        Assert.Empty(report.Serving(CrmObjective.Interaction));
        Assert.Equal("objective", Assert.ThrowsAny<ArgumentException>(() => report.Serving(CrmObjective.Unknown)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => report.Serving((CrmObjective)9));
    }

    [Fact]
    public void Reports_are_equal_by_name_and_outcomes_in_order()
    {
        var met = new KpiOutcome(Nps, KpiValue.Of(31), KpiStatus.Met);
        var ttr = new KpiOutcome(Ttr, KpiValue.Of(4), KpiStatus.Met);
        var a = new ScorecardReport("card", [met, ttr]);
        var same = new ScorecardReport("card", ImmutableArray.Create(new KpiOutcome(Nps, KpiValue.Of(31), KpiStatus.Met), ttr));
        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.Equal("card", a.ScorecardName);

        foreach (var other in new[] { new ScorecardReport("Card", [met, ttr]), new ScorecardReport("card", [ttr, met]), new ScorecardReport("card", [met]) })
        {
            Assert.False(a.Equals(other));
            Assert.False(a == other);
            Assert.True(a != other);
        }

        Assert.False(a.Equals((ScorecardReport?)null));
        Assert.False(a.Equals((object)"card"));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True((ScorecardReport?)null == null);
        Assert.False((ScorecardReport?)null != null);
    }
}
