using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// The case was escalated one level (see <see cref="ServiceCase.Escalate"/>); its state does not change. Allowed while
/// open or waiting on the customer.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="Reason">Why it was escalated; never blank.</param>
public sealed record CaseEscalated(Instant At, [property: Personal] string Reason) : CaseEvent(At)
{
    /// <inheritdoc />
    public override string ToString() => $"{nameof(CaseEscalated)} at {At}";
}
