using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Serialization;
using Crm.Domain.Service;
using Crm.Samples.ServiceDesk.Storage;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Kpis;

/// <summary>
/// The desk's four KPI accumulators side by side: what one <see cref="KpiRow"/> stores (each as its <c>ToState()</c>
/// JSON) and what a read adds up over a date range. Every member is one of the library's mergeable accumulators, so
/// <c>a + b</c> equals one accumulator fed the observations of both.
/// </summary>
/// <param name="FirstContactResolution">Per resolved case: resolved without a reopening or an escalation.</param>
/// <param name="TimeToResolution">Per resolved case: opened → resolved (wall-clock).</param>
/// <param name="SameDayClosure">Per resolved case: resolved on the day it was opened, in the desk's zone.</param>
/// <param name="Csat">Per rating: the CSAT score.</param>
public readonly record struct DeskKpiPartial(
    FirstContactResolutionAccumulator FirstContactResolution,
    TimeToResolutionAccumulator TimeToResolution,
    SameDayClosureAccumulator SameDayClosure,
    CsatAccumulator Csat)
{
    /// <summary>No observations, for a desk in <paramref name="zone"/>.</summary>
    public static DeskKpiPartial Empty(DateTimeZone zone) =>
        new(FirstContactResolutionAccumulator.Empty, TimeToResolutionAccumulator.Empty, SameDayClosureAccumulator.For(zone), CsatAccumulator.Empty);

    /// <summary>Adds one resolved case to the three case accumulators.</summary>
    /// <exception cref="ArgumentException"><paramref name="resolved"/> is not resolved.</exception>
    public DeskKpiPartial AddResolved(ServiceCase resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var closed = ServiceCaseMetrics.ToClosedCase(resolved)
            ?? throw new ArgumentException($"case {resolved.Id} is not resolved; only resolved cases feed the KPIs.", nameof(resolved));
        return this with
        {
            FirstContactResolution = FirstContactResolution.Add(resolved.IsFirstContactResolution),
            TimeToResolution = TimeToResolution.Add(closed),
            SameDayClosure = SameDayClosure.Add(closed),
        };
    }

    /// <summary>Adds one rating to the CSAT accumulator.</summary>
    public DeskKpiPartial AddRating(CsatRating rating) => this with { Csat = Csat.Add(rating) };

    /// <summary>The partial stored in <paramref name="row"/> (each state validated by the accumulator's <c>FromState</c>).</summary>
    public static DeskKpiPartial Read(KpiRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            FirstContactResolutionAccumulator.FromState(CrmJson.Deserialize<FirstContactResolutionAccumulatorState>(row.FirstContactResolution)),
            TimeToResolutionAccumulator.FromState(CrmJson.Deserialize<TimeToResolutionAccumulatorState>(row.TimeToResolution)),
            SameDayClosureAccumulator.FromState(CrmJson.Deserialize<SameDayClosureAccumulatorState>(row.SameDayClosure)),
            CsatAccumulator.FromState(CrmJson.Deserialize<CsatAccumulatorState>(row.Csat)));
    }

    /// <summary>Writes the four states into <paramref name="row"/>.</summary>
    public void WriteTo(KpiRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.FirstContactResolution = CrmJson.Serialize(FirstContactResolution.ToState());
        row.TimeToResolution = CrmJson.Serialize(TimeToResolution.ToState());
        row.SameDayClosure = CrmJson.Serialize(SameDayClosure.ToState());
        row.Csat = CrmJson.Serialize(Csat.ToState());
    }

    /// <summary>Merges two partials, accumulator by accumulator (<c>Combine</c>).</summary>
    /// <exception cref="ArgumentException">The same-day accumulators are for different zones.</exception>
    public static DeskKpiPartial operator +(DeskKpiPartial left, DeskKpiPartial right) =>
        new(left.FirstContactResolution + right.FirstContactResolution,
            left.TimeToResolution + right.TimeToResolution,
            left.SameDayClosure + right.SameDayClosure,
            left.Csat + right.Csat);
}
