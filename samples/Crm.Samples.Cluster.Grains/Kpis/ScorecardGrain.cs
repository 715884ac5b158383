using Crm.Domain.Serialization;
using NodaTime.Text;

namespace Crm.Samples.Cluster.Grains.Kpis;

/// <summary>Fans out to the desk-day KPI grains, merges their accumulator states with the library's <c>Combine</c>
/// and evaluates the scorecard. Holds no state: the desk-day grains are the truth.</summary>
public sealed class ScorecardGrain : Grain, IScorecardGrain
{
    /// <inheritdoc />
    public async Task<string> Evaluate(string[] desks, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(desks);
        var keys = DeskDay.Keys(desks, LocalDatePattern.Iso.Parse(from).GetValueOrThrow(), LocalDatePattern.Iso.Parse(to).GetValueOrThrow());
        var states = await Task.WhenAll(keys.Select(k => GrainFactory.GetGrain<IDeskDayKpiGrain>(k).GetState())).ConfigureAwait(true);
        var merged = states.Aggregate(DeskKpis.Empty, (acc, s) => DeskKpis.Combine(acc, DeskKpis.FromJson(s.TimeToResolution, s.FirstContact)));
        return CrmJson.Serialize(DeskScorecard.Evaluate(merged));
    }
}
