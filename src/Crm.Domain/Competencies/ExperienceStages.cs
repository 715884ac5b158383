using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>
/// The customer-experience lifecycle stage (<see cref="ExperienceStage"/>) of an interaction, derived from what it was
/// about (<see cref="InteractionKind"/>), so experience can be measured per stage (<see cref="ExperienceStageKpis"/>).
/// Service cases carry their stage (<c>ServiceCase.ExperienceStage</c>) and campaign responses derive theirs from the
/// campaign's (<c>CampaignResponseStage</c>).
/// </summary>
/// <remarks>
/// <para>The sources (CRM-CONCEPTS.md §1a, seed 000) name the stages but give no rule from an interaction to a stage;
/// ours: an offer is <see cref="ExperienceStage.Promotion"/>; an order and a request (information, quote, change) are
/// <see cref="ExperienceStage.PricingAndPurchase"/>; a support contact and a complaint are
/// <see cref="ExperienceStage.Care"/>; a survey response is <see cref="ExperienceStage.ProductExperience"/>; an
/// interview (research, account review) is <see cref="ExperienceStage.ProductServiceDevelopment"/>; any other contact is
/// <see cref="ExperienceStage.Unknown"/>, which no per-stage KPI counts. Stateless and thread-safe.</para>
/// </remarks>
public static class ExperienceStages
{
    /// <summary>The stage of an interaction of <paramref name="kind"/> (see the remarks for the rule).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static ExperienceStage Of(InteractionKind kind) => Guard.Against.UndefinedEnum(kind, allowDefault: true) switch
    {
        InteractionKind.Offer => ExperienceStage.Promotion,
        InteractionKind.Order or InteractionKind.Request => ExperienceStage.PricingAndPurchase,
        InteractionKind.Support or InteractionKind.Complaint => ExperienceStage.Care,
        InteractionKind.SurveyResponse => ExperienceStage.ProductExperience,
        InteractionKind.Interview => ExperienceStage.ProductServiceDevelopment,
        _ => ExperienceStage.Unknown,
    };

    /// <summary>The stage of <paramref name="interaction"/>, from its kind.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="interaction"/> is null.</exception>
    public static ExperienceStage Of(Interaction interaction)
    {
        Guard.Against.Null(interaction);
        return Of(interaction.Kind);
    }
}
