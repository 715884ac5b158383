using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>A conversion with the credit of each campaign; no shares when no touch fell within the window.</summary>
/// <param name="Conversion">The conversion.</param>
/// <param name="Shares">One share per campaign that earned credit (touched the customer within the window, with a positive weight), ordered by campaign id
/// (ordinal); empty when unattributed.</param>
public sealed record AttributedConversion(Conversion Conversion, ImmutableArray<AttributionShare> Shares)
{
    /// <summary>One share per campaign that earned credit, ordered by campaign id (ordinal); empty (never a <c>default</c> array) when unattributed.</summary>
    public ImmutableArray<AttributionShare> Shares { get; init => field = Guard.Against.DefaultArray(value, nameof(Shares)); } = Guard.Against.DefaultArray(Shares);

    /// <summary>True when at least one campaign earned credit.</summary>
    public bool IsAttributed => !Shares.IsEmpty;
}
