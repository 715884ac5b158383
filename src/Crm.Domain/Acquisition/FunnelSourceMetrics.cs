using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Acquisition;

/// <summary>Funnel results for one lead source.</summary>
/// <param name="Source">The acquisition input.</param>
/// <param name="Leads">Leads from this source.</param>
/// <param name="Won">Leads won.</param>
/// <param name="WinRate">Won over leads.</param>
/// <param name="Spend">What acquiring from this source cost, if given.</param>
/// <param name="CostPerAcquisition">Spend over won leads; null without spend or without a win.</param>
/// <remarks>The counts are checked when built (and when read from JSON): <c>Leads</c> &gt;= 0, <c>Won</c> in [0, <c>Leads</c>].</remarks>
public sealed record FunnelSourceMetrics(LeadSource Source, long Leads, long Won, Ratio WinRate, Money? Spend, Money? CostPerAcquisition)
{
    /// <summary>Leads from this source; &gt;= 0.</summary>
    public long Leads { get; } = Guard.Against.NegativeValue(Leads);

    /// <summary>Leads won; in [0, <see cref="Leads"/>].</summary>
    public long Won { get; } = Guard.Against.OutsideRange(Won, 0L, Math.Max(0L, Leads));
}
