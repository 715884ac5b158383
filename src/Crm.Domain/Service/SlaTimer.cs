using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>One SLA clock of a case (first response or resolution) as of an instant.</summary>
/// <param name="Status">Where the clock stands.</param>
/// <param name="Target">The business time allowed.</param>
/// <param name="Elapsed">The business time used, paused spans excluded.</param>
/// <param name="IsRunning">True while the clock has not been stopped (by the response or resolution it measures).</param>
/// <param name="Deadline">When the target runs out (given the pauses so far); null while paused, because the deadline
/// moves, or when it falls outside the calendar's coverage.</param>
public readonly record struct SlaTimer(SlaStatus Status, Duration Target, Duration Elapsed, bool IsRunning, Instant? Deadline)
{
    /// <summary>The business time allowed: a duration &gt;= 0 (checked when built and when read from JSON).</summary>
    public Duration Target { get; init => field = Guard.Against.NegativeDuration(value, nameof(Target)); } = Guard.Against.NegativeDuration(Target);

    /// <summary>The business time used, paused spans excluded: a duration &gt;= 0.</summary>
    public Duration Elapsed { get; init => field = Guard.Against.NegativeDuration(value, nameof(Elapsed)); } = Guard.Against.NegativeDuration(Elapsed);

    /// <summary>The business time left (negative once over the target).</summary>
    public Duration Remaining => Target - Elapsed;

    /// <summary>True if the status is <see cref="SlaStatus.NonCompliant"/>.</summary>
    public bool IsBreached => Status == SlaStatus.NonCompliant;
}
