using NodaTime;

namespace Crm.Domain.Service;

/// <summary>A resolved case was reopened (see <see cref="ServiceCase.Reopen"/>): the resolution clock runs again.</summary>
/// <param name="At">When it happened.</param>
public sealed record CaseReopened(Instant At) : CaseEvent(At);
