using Ardalis.GuardClauses;
using Crm.Domain.Competencies;
using Crm.Domain.Guards;

namespace Crm.Domain.Campaigns;

/// <summary>
/// The customer-experience lifecycle stage of a campaign response, so responses count in the per-stage experience KPIs
/// (<see cref="ExperienceStageKpis"/>).
/// </summary>
/// <remarks>
/// <para>The stage is the campaign's (the host says which; an acquisition or cross-sell campaign is
/// <see cref="ExperienceStage.Promotion"/>, the default; a win-back or renewal campaign is
/// <see cref="ExperienceStage.Exit"/>; a service follow-up <see cref="ExperienceStage.Care"/>), except that a
/// conversion of a promotion is a purchase (<see cref="ExperienceStage.PricingAndPurchase"/>). The rule is ours: the
/// sources name the stages, not this mapping. <see cref="CampaignResponse"/> itself is unchanged, so stored responses
/// read as before. Stateless and thread-safe.</para>
/// </remarks>
public static class CampaignResponseStage
{
    /// <summary>The stage of <paramref name="response"/> in a campaign of <paramref name="campaignStage"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="response"/> is default (unknown kind).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="campaignStage"/> is undefined or <see cref="ExperienceStage.Unknown"/>.</exception>
    public static ExperienceStage Of(CampaignResponse response, ExperienceStage campaignStage = ExperienceStage.Promotion)
    {
        Guard.Against.Uninitialized(response, response.Kind != ResponseKind.Unknown);
        Guard.Against.UndefinedEnum(campaignStage);
        return campaignStage == ExperienceStage.Promotion && response.Kind == ResponseKind.Converted ? ExperienceStage.PricingAndPurchase : campaignStage;
    }
}
