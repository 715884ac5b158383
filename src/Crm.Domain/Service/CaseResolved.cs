using NodaTime;

namespace Crm.Domain.Service;

/// <summary>The case was resolved (see <see cref="ServiceCase.Resolve"/>): counts as a response, ends any pause and stops the resolution clock. Allowed while open or waiting on the customer.</summary>
/// <param name="At">When it happened.</param>
public sealed record CaseResolved(Instant At) : CaseEvent(At);
