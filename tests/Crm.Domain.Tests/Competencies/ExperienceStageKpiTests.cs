using Crm.Domain.Campaigns;
using Crm.Domain.Competencies;
using Crm.Domain.Customers;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Tests.Competencies;

/// <summary>
/// Issue 16 item 5, part (2): the experience stage on interactions (derived from the kind), service cases (an event
/// carries it) and campaign responses (the campaign's stage), measured per stage through the scorecard.
/// </summary>
public class ExperienceStageKpiTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly CustomerId Ann = CustomerId.Of("C-1");

    private static Interaction Touch(string reference, InteractionKind kind) =>
        Interaction.Create(reference, T0, kind, Channel.Email, InteractionDirection.Inbound);

    [Fact]
    public void Interactions_TakeTheirStageFromTheirKind()
    {
        Assert.Equal(ExperienceStage.Promotion, ExperienceStages.Of(Touch("o-1", InteractionKind.Offer)));
        Assert.Equal(ExperienceStage.PricingAndPurchase, ExperienceStages.Of(InteractionKind.Order));
        Assert.Equal(ExperienceStage.PricingAndPurchase, ExperienceStages.Of(InteractionKind.Request));
        Assert.Equal(ExperienceStage.Care, ExperienceStages.Of(InteractionKind.Support));
        Assert.Equal(ExperienceStage.Care, ExperienceStages.Of(InteractionKind.Complaint));
        Assert.Equal(ExperienceStage.ProductExperience, ExperienceStages.Of(InteractionKind.SurveyResponse));
        Assert.Equal(ExperienceStage.ProductServiceDevelopment, ExperienceStages.Of(InteractionKind.Interview));
        Assert.Equal(ExperienceStage.Unknown, ExperienceStages.Of(InteractionKind.Other));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExperienceStages.Of((InteractionKind)99));
    }

    [Fact]
    public void Cases_AreCareUntilAStageIsSet_AndTheStageSurvivesReplayAndJson()
    {
        var open = ServiceCase.Open("K-1", Ann, "Tier1", CasePriority.Normal, Channel.Phone, T0);
        var billing = open.SetExperienceStage(T0 + Duration.FromMinutes(5), ExperienceStage.BillingAndPayment).Resolve(T0 + Duration.FromHours(1));

        Assert.Equal(ExperienceStage.Care, open.ExperienceStage);
        Assert.Equal(ExperienceStage.BillingAndPayment, billing.ExperienceStage);
        Assert.Equal(CaseState.Resolved, billing.State);
        Assert.Equal(ExperienceStage.Exit, billing.SetExperienceStage(T0 + Duration.FromHours(2), ExperienceStage.Exit).ExperienceStage);
        var json = CrmJson.Serialize(billing.ToSnapshot());
        Assert.Contains("\"case.experienceStageSet.v1\"", json, StringComparison.Ordinal);
        Assert.Equal(ExperienceStage.BillingAndPayment, ServiceCase.FromSnapshot(CrmJson.Deserialize<ServiceCaseSnapshot>(json)).ExperienceStage);
        Assert.Throws<ArgumentOutOfRangeException>(() => open.SetExperienceStage(T0, ExperienceStage.Unknown));
        Assert.ThrowsAny<ArgumentException>(() => billing.SetExperienceStage(T0, ExperienceStage.Care));
    }

    [Fact]
    public void CampaignResponses_TakeTheCampaignsStage_AConvertedPromotionIsAPurchase()
    {
        var opened = CampaignResponse.Opened(Ann, T0, Channel.Email);
        var converted = CampaignResponse.Converted(Ann, Money.Of(40m, "EUR"), T0, Channel.Email);

        Assert.Equal(ExperienceStage.Promotion, CampaignResponseStage.Of(opened));
        Assert.Equal(ExperienceStage.PricingAndPurchase, CampaignResponseStage.Of(converted));
        Assert.Equal(ExperienceStage.Exit, CampaignResponseStage.Of(converted, ExperienceStage.Exit));
        Assert.Throws<ArgumentException>(() => CampaignResponseStage.Of(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => CampaignResponseStage.Of(opened, ExperienceStage.Unknown));
    }

    /// <summary>
    /// Ten ratings, hand-worked (satisfied = CSAT 4 or 5):
    /// Promotion: offer 4, opened 2 → 1/2 = 0.5 (missed: below the 0.6 at-risk line).
    /// Pricing and purchase: order 5, request 3, converted 5 → 2/3 ≈ 0.667 (at risk: from 0.6 to 0.8).
    /// Care: support 5, an unstaged case 4 → 2/2 = 1 (met). Billing: the billing case 2 → 0/1 = 0 (missed).
    /// Exit: a win-back response 1 → 0/1 (missed). Development and product experience: no rating, no data.
    /// The "other" interaction (rated 1) has no stage and counts nowhere.
    /// </summary>
    [Fact]
    public void AKpiPerStage_ThroughTheScorecard()
    {
        var careCase = ServiceCase.Open("K-1", Ann, "Tier1", CasePriority.Normal, Channel.Phone, T0);
        var billingCase = ServiceCase.Open("K-2", Ann, "Tier1", CasePriority.Normal, Channel.Phone, T0).SetExperienceStage(T0, ExperienceStage.BillingAndPayment);
        var converted = CampaignResponse.Converted(Ann, Money.Of(40m, "EUR"), T0, Channel.Email);
        var winBack = CampaignResponse.Responded(Ann, Enum.GetValues<ResponseCode>().Last(), T0, Channel.Email);
        KeyValuePair<ExperienceStage, CsatRating>[] ratings =
        [
            new(ExperienceStages.Of(Touch("o-1", InteractionKind.Offer)), CsatRating.Of(4)),
            new(CampaignResponseStage.Of(CampaignResponse.Opened(Ann, T0, Channel.Email)), CsatRating.Of(2)),
            new(ExperienceStages.Of(Touch("ord-1", InteractionKind.Order)), CsatRating.Of(5)),
            new(ExperienceStages.Of(Touch("req-1", InteractionKind.Request)), CsatRating.Of(3)),
            new(CampaignResponseStage.Of(converted), CsatRating.Of(5)),
            new(ExperienceStages.Of(Touch("sup-1", InteractionKind.Support)), CsatRating.Of(5)),
            new(careCase.ExperienceStage, CsatRating.Of(4)),
            new(billingCase.ExperienceStage, CsatRating.Of(2)),
            new(CampaignResponseStage.Of(winBack, ExperienceStage.Exit), CsatRating.Of(1)),
            new(ExperienceStages.Of(Touch("x-1", InteractionKind.Other)), CsatRating.Of(1)),
        ];
        var scorecard = Scorecard.Create("Experience by stage", ExperienceStageKpis.Definitions(KpiTarget.AtLeast(0.8, 0.6)));

        var report = scorecard.Evaluate(ExperienceStageKpis.Values(ratings));

        Assert.Equal(7, report.Outcomes.Length);
        Assert.Equal(["ProductServiceDevelopment", "Promotion", "PricingAndPurchase", "ProductExperience", "BillingAndPayment", "Care", "Exit"],
            report.Outcomes.Select(o => o.Kpi.Name["Satisfied share: ".Length..]));
        void Expect(ExperienceStage stage, double? value, string? detail, KpiStatus status)
        {
            var outcome = report[ExperienceStageKpis.NameOf(stage)];
            Assert.Equal(value, outcome.Value.Value);
            Assert.Equal(detail, outcome.Value.Detail);
            Assert.Equal(status, outcome.Status);
        }

        Expect(ExperienceStage.Promotion, 0.5, "1/2", KpiStatus.Missed);
        Expect(ExperienceStage.PricingAndPurchase, 2d / 3d, "2/3", KpiStatus.AtRisk);
        Expect(ExperienceStage.Care, 1d, "2/2", KpiStatus.Met);
        Expect(ExperienceStage.BillingAndPayment, 0d, "0/1", KpiStatus.Missed);
        Expect(ExperienceStage.Exit, 0d, "0/1", KpiStatus.Missed);
        Assert.Equal(KpiStatus.NoData, report[ExperienceStageKpis.NameOf(ExperienceStage.ProductExperience)].Status);
        Assert.Equal(KpiStatus.NoData, report[ExperienceStageKpis.NameOf(ExperienceStage.ProductServiceDevelopment)].Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExperienceStageKpis.NameOf(ExperienceStage.Unknown));
    }
}
