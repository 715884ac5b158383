namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// One desk's KPI partials for one day (in the desk's time zone): each column holds one accumulator's
/// <c>ToState()</c> as CrmJson writes it. Updated in the same transaction as the write that feeds it (a case resolved,
/// a rating recorded); read by merging the rows of a date range with the accumulators' <c>+</c>. Mergeable partials are
/// how the metrics scale past one process: any number of writers keep per-day rows, any reader adds them up.
/// </summary>
/// <remarks><see cref="Version"/> is a concurrency token: two writers that loaded the same row cannot both update it.</remarks>
public sealed class KpiRow
{
    /// <summary>The desk (the service case's team).</summary>
    public required string Desk { get; set; }

    /// <summary>The day, ISO <c>yyyy-MM-dd</c> in the desk's time zone (text: sorts and compares the same on every provider).</summary>
    public required string Day { get; set; }

    /// <summary>Times the row was written (the optimistic-concurrency token).</summary>
    public int Version { get; set; }

    /// <summary>The <c>FirstContactResolutionAccumulatorState</c> of the cases resolved that day.</summary>
    public required string FirstContactResolution { get; set; }

    /// <summary>The <c>TimeToResolutionAccumulatorState</c> of the cases resolved that day.</summary>
    public required string TimeToResolution { get; set; }

    /// <summary>The <c>SameDayClosureAccumulatorState</c> of the cases resolved that day.</summary>
    public required string SameDayClosure { get; set; }

    /// <summary>The <c>CsatAccumulatorState</c> of the ratings recorded that day.</summary>
    public required string Csat { get; set; }
}
