using NodaTime;

namespace Crm.Domain.Service;

/// <summary>A resolved case was closed (see <see cref="ServiceCase.Close"/>); final.</summary>
/// <param name="At">When it happened.</param>
public sealed record CaseClosed(Instant At) : CaseEvent(At);
