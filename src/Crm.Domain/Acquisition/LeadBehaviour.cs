using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>One behaviour of a lead: what it did and when (scored with time decay).</summary>
/// <param name="Kind">What the lead did.</param>
/// <param name="At">When.</param>
public readonly record struct LeadBehaviour(LeadBehaviourKind Kind, Instant At);
