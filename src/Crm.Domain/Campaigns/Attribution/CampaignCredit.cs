using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>A campaign's total credit over many conversions.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Conversions">The (fractional) number of conversions credited: the sum of its shares.</param>
/// <param name="Value">The conversion value credited.</param>
public sealed record CampaignCredit(string CampaignId, double Conversions, Money Value)
{
    /// <summary>The (fractional) number of conversions credited: a finite number &gt;= 0 (checked when built and when read from JSON).</summary>
    public double Conversions { get; init => field = Guard.Against.NegativeValue(value, nameof(Conversions)); } = Guard.Against.NegativeValue(Conversions);
}
