using System.Collections.Immutable;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>A conversion with the credit of each campaign; no shares when no touch fell within the window.</summary>
/// <param name="Conversion">The conversion.</param>
/// <param name="Shares">One share per campaign that earned credit (touched the customer within the window, with a positive weight), ordered by campaign id
/// (ordinal); empty when unattributed.</param>
public sealed record AttributedConversion(Conversion Conversion, ImmutableArray<AttributionShare> Shares)
{
    /// <summary>True when at least one campaign earned credit.</summary>
    public bool IsAttributed => !Shares.IsEmpty;
}
