using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Primitives;

namespace Crm.Domain.Retention;

/// <summary>Analyses recorded defections: which defector types and drivers account for how much churn.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class ChurnDriverAnalysis
{
    /// <summary>The shares of <paramref name="defections"/> by type and by driver; ties are ordered by enum order.</summary>
    public static ChurnDriverReport Analyze(IEnumerable<Defection> defections)
    {
        Guard.Against.Null(defections);
        var byDriver = new Dictionary<ChurnDriver, long>();
        long total = 0;
        foreach (var d in defections)
        {
            Guard.Against.Null(d, nameof(defections));
            byDriver[d.Driver] = byDriver.GetValueOrDefault(d.Driver) + 1;
            total++;
        }

        var drivers = byDriver.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Select(kv => KeyValuePair.Create(kv.Key, Ratio.Rate(kv.Value, total))).ToImmutableArray();
        var types = byDriver.GroupBy(kv => ChurnDrivers.TypeOf(kv.Key), kv => kv.Value)
            .Select(g => (Type: g.Key, Count: g.Sum()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Type)
            .Select(x => KeyValuePair.Create(x.Type, Ratio.Rate(x.Count, total))).ToImmutableArray();
        return new ChurnDriverReport(total, types, drivers);
    }
}
