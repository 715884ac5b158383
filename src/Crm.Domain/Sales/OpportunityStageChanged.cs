using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>One stage change of an opportunity: its history entry and domain event.</summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="From">The stage before.</param>
/// <param name="To">The stage after.</param>
/// <param name="At">When.</param>
public sealed record OpportunityStageChanged(string OpportunityId, OpportunityStage From, OpportunityStage To, Instant At);
