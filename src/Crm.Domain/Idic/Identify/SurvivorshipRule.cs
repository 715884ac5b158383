namespace Crm.Domain.Idic.Identify;

/// <summary>How a merge picks the surviving value of a field group from two records.</summary>
/// <remarks><c>default</c> is <see cref="MostRecent"/>.</remarks>
public enum SurvivorshipRule
{
    /// <summary>The record whose group changed last wins.</summary>
    MostRecent = 0,

    /// <summary>The record with more of the group filled in wins (ties: most recent).</summary>
    MostComplete,

    /// <summary>The record from the more trusted source wins (ties: most recent).</summary>
    SourcePriority,
}
