namespace Crm.Samples.Cluster.Grains.Kpis;

/// <summary>Reads a scorecard by merging desk-day KPI grains on read (key: any name, e.g. the scorecard's).</summary>
public interface IScorecardGrain : IGrainWithStringKey
{
    /// <summary>The <see cref="DeskScorecard"/> report (the library's <c>ScorecardReport</c> as CrmJson) over the
    /// desks and the UTC days from <paramref name="from"/> to <paramref name="to"/> (ISO dates, inclusive).</summary>
    Task<string> Evaluate(string[] desks, string from, string to);
}
