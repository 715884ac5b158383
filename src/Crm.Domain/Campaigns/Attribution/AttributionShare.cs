using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>One campaign's credit for one conversion.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Share">Its share of the conversion, in [0, 1]; the shares of one conversion sum to 1.</param>
/// <param name="Value">Its share of the conversion value, with no more decimal places than the conversion's value
/// (largest-remainder rounding); the values of one conversion sum exactly to the conversion's value.</param>
public sealed record AttributionShare(string CampaignId, double Share, Money Value)
{
    /// <summary>Its share of the conversion, in [0, 1] (a finite number; checked when built and when read from JSON).</summary>
    public double Share { get; init => field = Guard.Against.NonFinite(value, nameof(Share)); } = Guard.Against.NonFinite(Share);
}
