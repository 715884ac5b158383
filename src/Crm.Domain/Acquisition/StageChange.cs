using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>One entry of a lead's append-only stage history.</summary>
/// <param name="From">The stage before (equal to <paramref name="To"/> for the creation entry).</param>
/// <param name="To">The stage after.</param>
/// <param name="At">When the change happened.</param>
/// <param name="Reason">The loss reason when <paramref name="To"/> is <see cref="FunnelStage.Lost"/>; null otherwise.</param>
/// <param name="Note">An optional note.</param>
public sealed record StageChange(FunnelStage From, FunnelStage To, Instant At, LossReason? Reason = null, string? Note = null);
