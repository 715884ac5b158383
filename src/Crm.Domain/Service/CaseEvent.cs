using NodaTime;

namespace Crm.Domain.Service;

/// <summary>One entry of a case's append-only history: what happened, when, and the state before and after.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When it happened.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="Note">An optional note (the escalation reason, for example).</param>
public sealed record CaseEvent(CaseEventKind Kind, Instant At, CaseState From, CaseState To, string? Note = null);
