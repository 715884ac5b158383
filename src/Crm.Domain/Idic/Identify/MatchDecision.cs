namespace Crm.Domain.Idic.Identify;

/// <summary>What a match score says about a pair of records.</summary>
/// <remarks><c>default</c> is <see cref="Different"/>, the cautious reading.</remarks>
public enum MatchDecision
{
    /// <summary>Below the review threshold: different customers.</summary>
    Different = 0,

    /// <summary>Between the thresholds: a person should decide.</summary>
    Review,

    /// <summary>At or above the same threshold: the same customer; merge.</summary>
    Same,
}
