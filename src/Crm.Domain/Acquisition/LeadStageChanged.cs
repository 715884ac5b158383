using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>A lead moved from one funnel stage to another (<see cref="Lead.Advance"/>, <see cref="Lead.MoveTo"/>,
/// <see cref="Lead.Lose"/>, <see cref="Lead.Recycle"/>).</summary>
/// <param name="From">The stage before: the lead's stage when the change happened.</param>
/// <param name="To">The stage after; <see cref="Lead.IsLegal"/> must allow <paramref name="From"/> → <paramref name="To"/>.</param>
/// <param name="At">When the change happened.</param>
/// <param name="Reason">The loss reason when <paramref name="To"/> is <see cref="FunnelStage.Lost"/> (a defined member);
/// null otherwise.</param>
/// <param name="Note">An optional free-text note; null for none.</param>
public sealed record LeadStageChanged(FunnelStage From, FunnelStage To, Instant At, LossReason? Reason = null, [property: Personal] string? Note = null) : LeadEvent(At)
{
    /// <inheritdoc />
    public override string ToString() => $"{nameof(LeadStageChanged)} {From} -> {To} at {At}{(Reason is { } reason ? $" ({reason})" : string.Empty)}";
}
