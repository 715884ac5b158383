using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Serialization;

namespace Crm.Samples.Cluster.Grains.Kpis;

/// <summary>
/// A desk's service KPIs as the library's accumulators: time to resolution (a mergeable sketch) and first-contact
/// resolution. Moves to and from the accumulators' states as <c>CrmJson</c> (<c>ToState</c>/<c>FromState</c>), and
/// merges with the accumulators' <c>Combine</c>. Immutable.
/// </summary>
public readonly record struct DeskKpis(TimeToResolutionAccumulator TimeToResolution, FirstContactResolutionAccumulator FirstContact)
{
    /// <summary>No cases.</summary>
    public static DeskKpis Empty => default;

    /// <summary>Adds one closed case.</summary>
    public DeskKpis Add(ClosedCase closed, bool firstContact) => new(TimeToResolution.Add(closed), FirstContact.Add(firstContact));

    /// <summary>The merge of two partitions' KPIs (the library's <c>Combine</c>).</summary>
    public static DeskKpis Combine(DeskKpis left, DeskKpis right) =>
        new(TimeToResolutionAccumulator.Combine(left.TimeToResolution, right.TimeToResolution),
            FirstContactResolutionAccumulator.Combine(left.FirstContact, right.FirstContact));

    /// <summary>Rebuilds from the states' JSON; nulls are empty accumulators. Invalid JSON is a <c>JsonException</c>.</summary>
    public static DeskKpis FromJson(string? timeToResolution, string? firstContact) => new(
        timeToResolution is null ? default : TimeToResolutionAccumulator.FromState(CrmJson.Deserialize<TimeToResolutionAccumulatorState>(timeToResolution)),
        firstContact is null ? default : FirstContactResolutionAccumulator.FromState(CrmJson.Deserialize<FirstContactResolutionAccumulatorState>(firstContact)));

    /// <summary>The states' JSON.</summary>
    public (string TimeToResolution, string FirstContact) ToJson() =>
        (CrmJson.Serialize(TimeToResolution.ToState()), CrmJson.Serialize(FirstContact.ToState()));
}
