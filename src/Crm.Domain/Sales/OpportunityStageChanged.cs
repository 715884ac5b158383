using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>An open opportunity moved to another stage (<see cref="Opportunity.MoveTo"/>).</summary>
/// <param name="From">The stage before: the opportunity's stage when the change happened (an open one).</param>
/// <param name="To">The stage after: a defined stage other than <paramref name="From"/>.</param>
/// <param name="At">When.</param>
public sealed record OpportunityStageChanged(OpportunityStage From, OpportunityStage To, Instant At) : OpportunityEvent(At);
