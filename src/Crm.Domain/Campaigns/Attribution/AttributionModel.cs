namespace Crm.Domain.Campaigns.Attribution;

/// <summary>How a conversion's credit is shared among the campaigns that touched the customer within the window.</summary>
/// <remarks><c>default</c> is <see cref="LastTouch"/>, the most common convention.</remarks>
public enum AttributionModel
{
    /// <summary>All credit to the latest touch.</summary>
    LastTouch = 0,

    /// <summary>All credit to the earliest touch.</summary>
    FirstTouch,

    /// <summary>Equal credit to every touch.</summary>
    Linear,

    /// <summary>Credit halving with every half-life of age before the conversion: weight 2^(−age / half-life).</summary>
    TimeDecay,
}
