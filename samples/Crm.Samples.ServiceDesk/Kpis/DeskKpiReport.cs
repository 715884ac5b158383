using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Metrics.Service;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Kpis;

/// <summary>
/// A desk's KPIs over a date range: the scorecard evaluated on the merged day rows, and the merged accumulator states
/// themselves (so a client can merge further ranges, or other desks, with the library's accumulators).
/// </summary>
/// <param name="Desk">The desk (team).</param>
/// <param name="From">First day (inclusive, desk's zone).</param>
/// <param name="To">Last day (inclusive).</param>
/// <param name="Days">Day rows merged (days without activity have none).</param>
/// <param name="Scorecard">The scorecard's outcome.</param>
/// <param name="FirstContactResolution">The merged first-contact-resolution state.</param>
/// <param name="TimeToResolution">The merged time-to-resolution state.</param>
/// <param name="SameDayClosure">The merged same-day-closure state.</param>
/// <param name="Csat">The merged CSAT state.</param>
public sealed record DeskKpiReport(
    string Desk, LocalDate From, LocalDate To, int Days, ScorecardReport Scorecard,
    FirstContactResolutionAccumulatorState FirstContactResolution, TimeToResolutionAccumulatorState TimeToResolution,
    SameDayClosureAccumulatorState SameDayClosure, CsatAccumulatorState Csat)
{
    /// <summary>The report of <paramref name="partial"/>.</summary>
    public static DeskKpiReport Of(string desk, LocalDate from, LocalDate to, int days, DeskKpiPartial partial) =>
        new(desk, from, to, days, DeskScorecard.Evaluate(partial), partial.FirstContactResolution.ToState(), partial.TimeToResolution.ToState(),
            partial.SameDayClosure.ToState(), partial.Csat.ToState());
}
