namespace Crm.Domain.Campaigns;

/// <summary>Which group of a campaign's audience a customer belongs to.</summary>
/// <remarks><c>default</c> is <see cref="NotMember"/>.</remarks>
public enum AudienceGroup
{
    /// <summary>Not in the audience.</summary>
    NotMember = 0,

    /// <summary>Receives the campaign.</summary>
    Treated,

    /// <summary>Held out: receives nothing and is the baseline for lift.</summary>
    Control,
}
