using NodaTime;

namespace Crm.Domain.Service;

/// <summary>An agent answered the customer (see <see cref="ServiceCase.Respond"/>): the first answer stops the first-response clock. Allowed while the case is open.</summary>
/// <param name="At">When it happened.</param>
public sealed record CaseResponded(Instant At) : CaseEvent(At);
