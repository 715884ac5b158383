namespace Crm.Domain.Campaigns;

/// <summary>Where the audience selection put one customer, and why (one byte, so a span of them is compact).</summary>
/// <remarks><c>default</c> is <see cref="Unassigned"/>: the selection has not looked at the customer.</remarks>
public enum AudienceAssignment : byte
{
    /// <summary>Not classified yet.</summary>
    Unassigned = 0,

    /// <summary>Does not meet the audience criteria.</summary>
    NotMatched,

    /// <summary>Meets the criteria but is on the suppression list.</summary>
    Suppressed,

    /// <summary>Meets the criteria, is not suppressed, but the contact policy forbids contacting them on the channel then.</summary>
    NotPermitted,

    /// <summary>In the audience and receives the campaign.</summary>
    Treated,

    /// <summary>In the audience but held out as the control group: receives nothing, is only observed.</summary>
    Control,
}
