using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns;

/// <summary>
/// A customer as a campaign sees it: an identifier plus the plain values audience criteria test — the segment
/// name, the RFM score (recency, frequency, monetary quintiles 1–5, 5 best) and the value tier (1 = highest).
/// </summary>
/// <remarks>
/// <para>The values are plain on purpose: whichever room computes segments, RFM and tiers (Differentiate,
/// CustomerValue) maps its results into this type, so the Campaigns room depends on none of them.</para>
/// <para>Equality compares every member (segment ordinally). <c>default</c> has no identifier
/// (<see cref="CustomerId.IsDefault"/>) and is refused by the audience selection. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct CampaignCustomer
{
    private readonly string? _segment;

    /// <summary>Creates the campaign view of a customer, validating every value (same as <see cref="Of"/>).</summary>
    [JsonConstructor]
    public CampaignCustomer(CustomerId id, string segment, int recency, int frequency, int monetary, int valueTier)
    {
        Guard.Against.Uninitialized(id, !id.IsDefault);
        Guard.Against.NullOrWhiteSpace(segment);
        Guard.Against.OutsideRange(recency, 1, 5);
        Guard.Against.OutsideRange(frequency, 1, 5);
        Guard.Against.OutsideRange(monetary, 1, 5);
        Guard.Against.OutsideRange(valueTier, 1, 9);
        Id = id;
        _segment = segment;
        Recency = recency;
        Frequency = frequency;
        Monetary = monetary;
        ValueTier = valueTier;
    }

    /// <summary>The customer.</summary>
    public CustomerId Id { get; }

    /// <summary>The segment name (non-blank), the unit of the per-segment analysis and of the next-wave decision.</summary>
    [NotPersonal("a segment label shared by many customers")]
    public string Segment => _segment ?? string.Empty;

    /// <summary>Recency quintile, 1–5 (5 = bought most recently).</summary>
    public int Recency { get; }

    /// <summary>Frequency quintile, 1–5 (5 = buys most often).</summary>
    public int Frequency { get; }

    /// <summary>Monetary quintile, 1–5 (5 = spends most).</summary>
    public int Monetary { get; }

    /// <summary>Value tier, 1–9 (1 = most valuable).</summary>
    public int ValueTier { get; }

    /// <summary>The RFM cell as the usual three-digit code, 111–555 (recency, frequency, monetary).</summary>
    [JsonIgnore]
    public int RfmCode => (Recency * 100) + (Frequency * 10) + Monetary;

    /// <summary>The RFM sum, 3–15.</summary>
    [JsonIgnore]
    public int RfmTotal => Recency + Frequency + Monetary;

    /// <summary>Creates the campaign view of a customer.</summary>
    /// <exception cref="ArgumentException">The identifier is default, the segment blank, an RFM quintile outside 1–5 or the tier outside 1–9.</exception>
    public static CampaignCustomer Of(CustomerId id, string segment, int recency, int frequency, int monetary, int valueTier) =>
        new(id, segment, recency, frequency, monetary, valueTier);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} [{Segment}, RFM {RfmCode}, tier {ValueTier}]");
}
