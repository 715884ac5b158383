using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>A line was removed from an open opportunity (<see cref="Opportunity.RemoveLineItem"/>).</summary>
/// <param name="At">When it was removed.</param>
/// <param name="LineId">The id of a line the opportunity has.</param>
public sealed record OpportunityLineItemRemoved(Instant At, string LineId) : OpportunityEvent(At);
