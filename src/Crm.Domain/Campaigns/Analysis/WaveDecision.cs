namespace Crm.Domain.Campaigns.Analysis;

/// <summary>What to do with a segment in the next wave of a campaign.</summary>
/// <remarks><c>default</c> is <see cref="TestAgain"/>, the cautious answer.</remarks>
public enum WaveDecision
{
    /// <summary>Not enough evidence either way: include it again, with a control group.</summary>
    TestAgain = 0,

    /// <summary>The campaign works here: roll it out.</summary>
    Keep,

    /// <summary>The campaign does not work (or does not pay) here: leave the segment out.</summary>
    Drop,
}
