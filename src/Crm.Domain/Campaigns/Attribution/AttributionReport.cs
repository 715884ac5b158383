using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>The credit of every campaign over a set of conversions, and what no campaign earned.</summary>
/// <param name="Credits">One row per campaign, ordered by campaign id (ordinal).</param>
/// <param name="UnattributedConversions">Conversions with no touch in the window.</param>
/// <param name="UnattributedValue">Their value.</param>
/// <param name="Conversions">Every conversion with its shares.</param>
public sealed record AttributionReport(ImmutableArray<CampaignCredit> Credits, int UnattributedConversions, Money UnattributedValue, ImmutableArray<AttributedConversion> Conversions)
{
    /// <summary>Conversions with no touch in the window; &gt;= 0 (checked when built and when read from JSON).</summary>
    public int UnattributedConversions { get; } = Guard.Against.NegativeValue(UnattributedConversions);
}
