using Crm.Domain.Acquisition;
using Crm.Domain.Scoring;
using NodaTime;

namespace Crm.Domain.Tests.Acquisition;

public class LeadScoringTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2026, 6, 1, 0, 0);

    private static readonly LeadScorer Scorer = LeadScorer.Create(
        ScoringModel<LeadProfile>.Create(
        [
            (LeadScoringRules.Source(LeadSource.Referral, 15), 1d),
            (LeadScoringRules.Attitude(ProspectAttitude.Preferer, 10), 1d),
            (LeadScoringRules.CompanySize(250, 20), 1d),
            (LeadScoringRules.DecisionMaker(10), 1d),
            (LeadScoringRules.Behaviour(LeadBehaviourKind.WebVisit, 4, Duration.FromDays(7), 20), 1d),
            (LeadScoringRules.Behaviour(LeadBehaviourKind.Unsubscribed, -30, Duration.FromDays(30), 30), 1d),
        ], minimum: 0, maximum: 100),
        LeadTemperatureThresholds.Of(30, 60));

    private static LeadProfile Profile(params LeadBehaviour[] behaviours) =>
        LeadProfile.Of(LeadSource.Referral, ProspectAttitude.Preferer, FunnelStage.Enquiry, 300, false, behaviours, AsOf);

    [Fact]
    public void Evaluate_ReportsEachFactor_WithHalfLifeDecay()
    {
        // Visits today (4), 7 days ago (4 × 1/2 = 2) and 14 days ago (4 × 1/4 = 1): 7 points from visits.
        var s = Profile(new(LeadBehaviourKind.WebVisit, AsOf), new(LeadBehaviourKind.WebVisit, AsOf - Duration.FromDays(7)), new(LeadBehaviourKind.WebVisit, AsOf - Duration.FromDays(14)));
        var score = Scorer.Evaluate(s);
        Assert.Equal(7d, score.Breakdown.Contributions.Single(c => c.Rule.StartsWith("WebVisit", StringComparison.Ordinal)).Points, 10);
        Assert.Equal(15 + 10 + 20 + 0 + 7d, score.Total.Value, 10);
        Assert.Equal(LeadTemperature.Warm, score.Temperature); // 52: at or above warm (30), below hot (60)
        Assert.Equal(0d, score.Breakdown.Contributions.Single(c => c.Rule == "decision maker").Contribution);
    }

    [Fact]
    public void Behaviour_Cap_AndFutureEventsIgnored()
    {
        var many = Enumerable.Repeat(new LeadBehaviour(LeadBehaviourKind.WebVisit, AsOf), 50).Append(new(LeadBehaviourKind.WebVisit, AsOf + Duration.FromDays(1))).ToArray();
        var c = Scorer.Evaluate(Profile(many)).Breakdown.Contributions.Single(x => x.Rule.StartsWith("WebVisit", StringComparison.Ordinal));
        Assert.Equal(20d, c.Points);
    }

    [Fact]
    public void NegativeBehaviour_LowersTheScore_AndTemperature()
    {
        var score = Scorer.Evaluate(Profile(new LeadBehaviour(LeadBehaviourKind.Unsubscribed, AsOf)));
        Assert.Equal(15d, score.Total.Value, 10); // 45 − 30
        Assert.Equal(LeadTemperature.Cold, score.Temperature);
    }

    [Fact]
    public void Thresholds_NegativeWarm_ThrowsNamingValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => LeadTemperatureThresholds.Of(-5, 10));
        Assert.Contains("-5", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => LeadTemperatureThresholds.Of(50, 10));
    }

    [Fact]
    public void ClassifyBatch_EqualsOneByOne()
    {
        var leads = Enumerable.Range(0, 40).Select(i => LeadProfile.Of((LeadSource)(i % 10 + 1), (ProspectAttitude)(i % 5), FunnelStage.Suspect, i * 20, i % 3 == 0,
            Enumerable.Range(0, i % 6).Select(k => new LeadBehaviour(LeadBehaviourKind.WebVisit, AsOf - Duration.FromDays(k * 3))), AsOf)).ToArray();
        var scores = new double[leads.Length];
        var temps = new LeadTemperature[leads.Length];
        Scorer.ClassifyBatch(leads, scores, temps);
        for (var i = 0; i < leads.Length; i++)
        {
            var one = Scorer.Evaluate(leads[i]);
            Assert.Equal(one.Total.Value, scores[i]);
            Assert.Equal(one.Temperature, temps[i]);
        }
    }

    [Fact]
    public void Behaviour_NonPositiveHalfLife_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LeadScoringRules.Behaviour(LeadBehaviourKind.EmailOpen, 1, Duration.Zero, 5));
}
