using Crm.Domain.Customers;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>The customer's personal data was erased from the case (<see cref="ServiceCase.Erase"/>): every earlier
/// escalation reason was replaced by <see cref="Primitives.Redaction.Marker"/>. The state, the instants (so the
/// case's duration and SLA figures) and the counts stay; the state does not change.</summary>
/// <param name="At">When; not before the previous event.</param>
/// <param name="Actor">Who erased; not <c>default</c>.</param>
/// <remarks>Appears at most once, in a history whose escalation reasons are all redacted.</remarks>
public sealed record CaseErased(Instant At, Actor Actor) : CaseEvent(At);
