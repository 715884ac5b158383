using System.Collections.Immutable;
using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns.Attribution;
using Crm.Domain.Competencies;
using Crm.Domain.Customers;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using Crm.Domain.Scoring;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Issue 13, round two: one test per kind of finding the reflective suite had listed in
/// <c>HostileInputKnownFindings.txt</c> (the list is now empty), and the accumulator counts near
/// <see cref="long.MaxValue"/>. Each shows the documented answer: refused with the parameter named, and whatever was
/// refused left usable.
/// </summary>
public class HostileInputFindingsTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    [Fact]
    public void ResultRows_RefuseNonFiniteNumbers_NamingTheMember()
    {
        Assert.Equal("Similarity", Assert.Throws<ArgumentOutOfRangeException>(() => new FieldEvidence(MatchField.Email, "exact", double.NaN, 1d)).ParamName);
        Assert.Equal("Weight", Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreContribution("r", double.PositiveInfinity, 1d, 1d)).ParamName);
        Assert.Equal("Gap", Assert.Throws<ArgumentOutOfRangeException>(() => new BlockGap("b", "B", 50d, 75d, double.NaN, 1d)).ParamName);
        Assert.Equal("After", Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreChange("c", "C", 10d, double.NegativeInfinity)).ParamName);
        Assert.Equal("Index", Assert.Throws<ArgumentOutOfRangeException>(() => new TrendPoint(new LocalDate(2026, 1, 1), double.NaN)).ParamName);
        Assert.Equal("Conversions", Assert.Throws<ArgumentOutOfRangeException>(() => new CampaignCredit("c", -1d, Money.Of(0m, Currency.Eur))).ParamName);

        // Null (not rated) stays a valid value, and finite rows read as before.
        Assert.Null(new TrendPoint(new LocalDate(2026, 1, 1), null).Index);
        Assert.Equal(0.5, new FieldEvidence(MatchField.Email, "exact", 0.5, 2d).Similarity);
    }

    [Fact]
    public void ResultRows_RefuseMissingParts_InsteadOfThrowingNullReferenceLater()
    {
        Assert.Throws<ArgumentNullException>(() => new LeadScore(null!, LeadTemperature.Cold));
        Assert.Throws<ArgumentNullException>(() => new RoadmapItem(1, null!, RoadmapPhase.Implementation));
        Assert.Equal("Shares", Assert.Throws<ArgumentException>(() => new AttributedConversion(default, default(ImmutableArray<AttributionShare>))).ParamName);
        Assert.False(new AttributedConversion(default, []).IsAttributed);
    }

    [Fact]
    public void SlaTimer_RefusesNegativeDurations_SoRemainingCannotOverflow()
    {
        // Before: Target = Duration.MaxValue, Elapsed = Duration.MinValue made Remaining throw NodaTime's range error.
        Assert.Equal("Elapsed", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTimer(SlaStatus.InProgress, Duration.MaxValue, Duration.MinValue, true, null)).ParamName);
        var longest = new SlaTimer(SlaStatus.InProgress, Duration.MaxValue, Duration.Zero, true, null);
        Assert.Equal(Duration.MaxValue, longest.Remaining);
    }

    [Fact]
    public void PersonName_RefusesUnpairedSurrogates_AndKeepsPairedOnes()
    {
        // Before: created, then GivenKey threw "String contains invalid Unicode code points" from the BCL.
        Assert.Equal("family", Assert.Throws<ArgumentException>(() => PersonName.Create("Ann", "Smith\uD800")).ParamName);
        Assert.Equal("given", Assert.Throws<ArgumentException>(() => PersonName.Create("\uDC00Ann", "Smith")).ParamName);
        var emoji = PersonName.Create("Ann \U0001F600", "Smith");
        Assert.Equal("smith", emoji.FamilyKey);
    }

    [Fact]
    public void LeadBehaviour_WithAHalfLifeOfCenturies_Scores_InsteadOfOverflowing()
    {
        // 1,000 years of half-life has no 64-bit count of nanoseconds; a visit 500 years ago keeps 2^-0.5 of its points
        // (the decay law the rule documents: points × 2^(−age / half-life)).
        var asOf = Instant.FromUtc(2026, 1, 1, 0, 0);
        var rule = LeadScoringRules.Behaviour(LeadBehaviourKind.WebVisit, 10d, Duration.FromDays(365_250), 100d);
        var visit = new LeadBehaviour(LeadBehaviourKind.WebVisit, asOf - Duration.FromDays(182_625));
        var profile = LeadProfile.Of(LeadSource.Enquiry, ProspectAttitude.Knower, FunnelStage.Enquiry, 10, false, [visit], asOf);
        Assert.Equal(10d / Math.Sqrt(2d), rule.Points(profile), 9);
    }

    [Fact]
    public void CallVolume_RefusesACallWhoseLocalDateHasNoLocalDate_AndStaysUsable()
    {
        // Before: Instant.MinValue in New York (UTC−5) was accepted, then Result threw NodaTime's "daysSinceEpoch" error.
        var desk = CallVolumeAccumulator.For(NewYork);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => desk.Add(Instant.MinValue));
        Assert.Equal("observations", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => CallVolumeAccumulator.For(Tokyo).Add(Instant.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => desk.AddRange(Enumerable.Repeat(Instant.FromUtc(2026, 1, 5, 15, 0), 5000).Append(Instant.MinValue).ToArray()));

        // The accumulator that was refused is unchanged and takes valid calls; the extremes of the ISO range that do
        // have a local date are accepted (Instant.MinValue in Tokyo, UTC+9, is on -9998-01-01).
        var after = desk.Add(Instant.FromUtc(2026, 1, 5, 15, 0));
        Assert.Equal(1, after.Result.Total);
        Assert.Equal(LocalDate.MinIsoValue, CallVolumeAccumulator.For(Tokyo).Add(Instant.MinValue).Result.PerDay[0].Date);
    }

    [Fact]
    public void CohortMatrix_ThroughCenturiesAhead_IsRefusedAtOnce_NotAQuadraticTable()
    {
        // Before: through 9999-12 over 2026 data asked for ~4e9 cells and ran past the suite's 5 s.
        var id = CustomerId.Of("C1");
        CohortActivity[] activity = [new(id, new YearMonth(2026, 1)), new(id, new YearMonth(2026, 3))];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CohortRetentionMatrix.BuildFrom(activity, new YearMonth(9999, 12)));
        Assert.Equal("through", ex.ParamName);

        // A century is accepted: 1,200 months from 2026-01.
        var century = CohortRetentionMatrix.BuildFrom(activity, new YearMonth(2125, 12));
        Assert.Equal(1200, century.Active[0].Length);
        Assert.Equal(1, century.Active[0][2]);
    }

    [Fact]
    public void Accumulators_RefuseCountsPastLongMaxValue_AndStayUsable()
    {
        // Before: checked arithmetic threw OverflowException out of Add and Combine.
        var full = RenewalRateAccumulator.FromState(new RenewalRateAccumulatorState(0, long.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => full.Add(true));
        Assert.Throws<ArgumentOutOfRangeException>(() => full + RenewalRateAccumulator.Empty.Add(false));
        Assert.Equal(long.MaxValue, full.Count);
        Assert.Equal(0d, full.Result.Value);

        var almost = FirstContactResolutionAccumulator.FromState(new FirstContactResolutionAccumulatorState(long.MaxValue - 1, long.MaxValue - 1));
        var last = almost.Add(true);
        Assert.Equal(long.MaxValue, last.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => last.AddRange([true]));
        Assert.Equal(1d, last.Result.Value);

        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(long.MaxValue, 1) + Ratio.Of(1, 1));
    }

    [Fact]
    public void Fits_RefuseWeightsPastTwoToThe53_AndSpendsPastMoney_InsteadOfInfiniteParameters()
    {
        // Before: two weights near double.MaxValue summed to +∞ and the fit reported NaN/∞ parameters.
        CustomerSummary[] customers = [CustomerSummary.Create(2, 20, 39, 10), CustomerSummary.Create(0, 0, 39), CustomerSummary.Create(5, 30, 39, 25)];
        double[] huge = [double.MaxValue / 2, double.MaxValue / 2, 1];
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.Fit(customers, huge)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdModel.Fit(customers, huge)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Fit(customers, huge)).ParamName);

        // Spends near 1e308 summed past the range of a double in the Gamma-Gamma start values.
        CustomerSummary[] rich = [CustomerSummary.Create(2, 20, 39, 1e308), CustomerSummary.Create(5, 30, 39, 1.5e308)];
        Assert.Equal("customers", Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Fit(rich)).ParamName);

        // At the edges of the documented ranges the fits answer with finite parameters.
        double[] large = [1e15, 1e15, 1e15];
        Assert.All(BgNbdModel.Fit(customers, large).Parameters, p => Assert.True(double.IsFinite(p.Value) && p.Value > 0d));
        CustomerSummary[] richest = [CustomerSummary.Create(2, 20, 39, 7e28), CustomerSummary.Create(5, 30, 39, 3e28), CustomerSummary.Create(1, 5, 39, 1e28)];
        Assert.All(GammaGammaModel.Fit(richest, large).Parameters, p => Assert.True(double.IsFinite(p.Value) && p.Value > 0d));
    }
}

