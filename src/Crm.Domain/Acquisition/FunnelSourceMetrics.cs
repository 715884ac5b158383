using Crm.Domain.Primitives;

namespace Crm.Domain.Acquisition;

/// <summary>Funnel results for one lead source.</summary>
/// <param name="Source">The acquisition input.</param>
/// <param name="Leads">Leads from this source.</param>
/// <param name="Won">Leads won.</param>
/// <param name="WinRate">Won over leads.</param>
/// <param name="Spend">What acquiring from this source cost, if given.</param>
/// <param name="CostPerAcquisition">Spend over won leads; null without spend or without a win.</param>
public sealed record FunnelSourceMetrics(LeadSource Source, long Leads, long Won, Ratio WinRate, Money? Spend, Money? CostPerAcquisition);
