namespace Crm.Domain.Acquisition;

/// <summary>How ready a lead is, from its score and the thresholds.</summary>
/// <remarks><c>default</c> is <see cref="Cold"/>.</remarks>
public enum LeadTemperature
{
    /// <summary>Below the warm threshold.</summary>
    Cold = 0,

    /// <summary>At or above the warm threshold, below hot.</summary>
    Warm,

    /// <summary>At or above the hot threshold.</summary>
    Hot,
}
