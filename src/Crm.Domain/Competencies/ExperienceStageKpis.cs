using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Scorecards;

namespace Crm.Domain.Competencies;

/// <summary>
/// Experience measured per lifecycle stage through the scorecard: one KPI per stage (from product and service
/// development to exit), the share of satisfied CSAT ratings (4 or 5 of 5, <see cref="CsatResult.Satisfaction"/>) of the
/// interactions, cases and campaign responses rated in that stage.
/// </summary>
/// <remarks>
/// <para>Tag each rating with its source's stage (<see cref="ExperienceStages.Of(Customers.Interaction)"/>,
/// <c>ServiceCase.ExperienceStage</c>, <c>CampaignResponseStage.Of</c>), pass the pairs to <see cref="Values"/> and the
/// result to <see cref="Scorecard.Evaluate"/> of a scorecard holding <see cref="Definitions"/>. A stage with no rating
/// has no data; ratings in <see cref="ExperienceStage.Unknown"/> count in no stage. Stateless and thread-safe.</para>
/// </remarks>
public static class ExperienceStageKpis
{
    /// <summary>The seven real stages, in lifecycle order.</summary>
    public static ImmutableArray<ExperienceStage> Stages { get; } = [.. Enum.GetValues<ExperienceStage>().Where(s => s != ExperienceStage.Unknown)];

    /// <summary>The name of the stage's KPI: <c>"Satisfied share: &lt;stage&gt;"</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined or <see cref="ExperienceStage.Unknown"/>.</exception>
    public static string NameOf(ExperienceStage stage)
    {
        Guard.Against.UndefinedEnum(stage);
        return "Satisfied share: " + stage;
    }

    /// <summary>One KPI per stage, in lifecycle order, each a <see cref="KpiUnit.Fraction"/> against <paramref name="target"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="target"/> is default.</exception>
    public static ImmutableArray<KpiDefinition> Definitions(KpiTarget target) =>
        [.. Stages.Select(s => KpiDefinition.Create(NameOf(s), KpiUnit.Fraction, target, $"share of CSAT ratings of 4–5 in the {s} stage"))];

    /// <summary>The KPI value of every stage, in lifecycle order: the satisfied share of its ratings (<c>satisfied/rated</c>
    /// as detail), or no data when none was rated in it.</summary>
    /// <exception cref="ArgumentException">A null sequence, an undefined stage or a default rating.</exception>
    public static ImmutableArray<KeyValuePair<string, KpiValue>> Values(IEnumerable<KeyValuePair<ExperienceStage, CsatRating>> ratings)
    {
        Guard.Against.Null(ratings);
        var perStage = new CsatAccumulator[Stages.Length + 1];
        foreach (var (stage, rating) in ratings)
        {
            Guard.Against.UndefinedEnum(stage, allowDefault: true, parameterName: nameof(ratings));
            Guard.Against.Uninitialized(rating, !rating.IsDefault, nameof(ratings));
            perStage[(int)stage] = perStage[(int)stage].Add(rating);
        }

        return [.. Stages.Select(s => new KeyValuePair<string, KpiValue>(NameOf(s), KpiValue.From(perStage[(int)s].Result.Satisfaction)))];
    }
}
