using NodaTime;

namespace Crm.Domain.Service;

/// <summary>The customer answered (see <see cref="ServiceCase.Resume"/>): the pause ends and the SLA clock runs again. Allowed while waiting on the customer.</summary>
/// <param name="At">When it happened.</param>
public sealed record CaseResumed(Instant At) : CaseEvent(At);
