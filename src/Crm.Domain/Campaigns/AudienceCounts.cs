using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Campaigns;

/// <summary>How many customers an audience selection put where: the funnel from the base to the audience.</summary>
/// <param name="Considered">Customers looked at.</param>
/// <param name="NotMatched">Failing the criteria.</param>
/// <param name="Suppressed">Matching but on the suppression list.</param>
/// <param name="NotPermitted">Matching, not suppressed, but refused by the contact policy.</param>
/// <param name="Treated">Receiving the campaign.</param>
/// <param name="Control">Held out as control.</param>
/// <remarks>A result row, checked when built (and so when read from JSON): every count is &gt;= 0 and Considered is
/// the sum of the other five, or an <see cref="ArgumentOutOfRangeException"/> names the count. <c>default</c> is all
/// zeros (nobody considered). Immutable and thread-safe.</remarks>
[method: JsonConstructor] // a struct also has a parameterless constructor, which could not set the checked Considered
public readonly record struct AudienceCounts(long Considered, long NotMatched, long Suppressed, long NotPermitted, long Treated, long Control)
{
    /// <summary>Customers looked at: the sum of the other five.</summary>
    public long Considered { get; } = Guard.Against.NotEqualToCounts(Considered,
        Guard.Against.InvalidCounts([NotMatched, Suppressed, NotPermitted, Treated, Control], parameterName: "(NotMatched, Suppressed, NotPermitted, Treated, Control)"),
        "NotMatched + Suppressed + NotPermitted + Treated + Control");

    /// <summary>Treated plus control: the customers that passed every filter.</summary>
    /// <remarks>Derived, so not written to JSON.</remarks>
    [JsonIgnore]
    public long Eligible => Treated + Control;
}
