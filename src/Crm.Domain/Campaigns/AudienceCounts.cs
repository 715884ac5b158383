using System.Text.Json.Serialization;

namespace Crm.Domain.Campaigns;

/// <summary>How many customers an audience selection put where: the funnel from the base to the audience.</summary>
/// <param name="Considered">Customers looked at.</param>
/// <param name="NotMatched">Failing the criteria.</param>
/// <param name="Suppressed">Matching but on the suppression list.</param>
/// <param name="NotPermitted">Matching, not suppressed, but refused by the contact policy.</param>
/// <param name="Treated">Receiving the campaign.</param>
/// <param name="Control">Held out as control.</param>
/// <remarks>A plain result row; the counts always satisfy Considered = the sum of the other five.</remarks>
public readonly record struct AudienceCounts(long Considered, long NotMatched, long Suppressed, long NotPermitted, long Treated, long Control)
{
    /// <summary>Treated plus control: the customers that passed every filter.</summary>
    /// <remarks>Derived, so not written to JSON.</remarks>
    [JsonIgnore]
    public long Eligible => Treated + Control;
}
