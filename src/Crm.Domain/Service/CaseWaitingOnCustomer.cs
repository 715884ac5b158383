using NodaTime;

namespace Crm.Domain.Service;

/// <summary>The agent asked the customer for something (see <see cref="ServiceCase.WaitOnCustomer"/>): counts as a response and pauses the SLA clock. Allowed while the case is open.</summary>
/// <param name="At">When it happened.</param>
public sealed record CaseWaitingOnCustomer(Instant At) : CaseEvent(At);
