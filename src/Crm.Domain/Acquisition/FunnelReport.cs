using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>Funnel metrics over a set of leads: per stage, per source, and overall speed.</summary>
/// <param name="Leads">How many leads.</param>
/// <param name="Stages">Metrics of the four open stages, in funnel order.</param>
/// <param name="Sources">Metrics per source that has leads, in enum order.</param>
/// <param name="WinRate">Leads won over all leads.</param>
/// <param name="MeanTimeToWin">Mean time from creation to the win; null without a win.</param>
/// <param name="WinsPerThirtyDays">Velocity: wins per 30 days between the first lead's creation and the report's instant; null over an empty window.</param>
public sealed record FunnelReport(long Leads, ImmutableArray<FunnelStageMetrics> Stages, ImmutableArray<FunnelSourceMetrics> Sources,
    Ratio WinRate, Duration? MeanTimeToWin, double? WinsPerThirtyDays)
{
    /// <summary>Velocity: wins per 30 days (a finite number &gt;= 0); null over an empty window.</summary>
    public double? WinsPerThirtyDays { get; init => field = Guard.Against.NonFinite(value, nameof(WinsPerThirtyDays)); } = Guard.Against.NonFinite(WinsPerThirtyDays);

    /// <summary>How many leads; &gt;= 0 (checked when built and when read from JSON).</summary>
    public long Leads { get; } = Guard.Against.NegativeValue(Leads);
}
