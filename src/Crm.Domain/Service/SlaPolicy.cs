using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// A service-level agreement: first-response and resolution targets per <see cref="CasePriority"/>, counted in the
/// business time of a <see cref="BusinessCalendar"/>, with the share of a target after which a running clock is
/// <see cref="SlaStatus.NearingNonCompliance"/>.
/// </summary>
/// <remarks>Time spent waiting on the customer is not counted. Immutable and thread-safe.</remarks>
public sealed class SlaPolicy
{
    private readonly FrozenDictionary<CasePriority, SlaTargets> _targets;

    private SlaPolicy(string name, BusinessCalendar calendar, FrozenDictionary<CasePriority, SlaTargets> targets, Probability warningShare)
    {
        Name = name;
        Calendar = calendar;
        _targets = targets;
        WarningShare = warningShare;
    }

    /// <summary>The policy's name.</summary>
    [NotPersonal("a policy's name")]
    public string Name { get; }

    /// <summary>The calendar business time is counted in.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>The share of a target after which a running clock is nearing non-compliance (0.8 = at 80 %).</summary>
    public Probability WarningShare { get; }

    /// <summary>The targets per priority.</summary>
    public IReadOnlyDictionary<CasePriority, SlaTargets> Targets => _targets;

    /// <summary>Creates a policy; every priority of <see cref="CasePriority"/> must have targets.</summary>
    /// <exception cref="ArgumentException">A blank name, a priority without targets, uninitialised targets.</exception>
    public static SlaPolicy Create(string name, BusinessCalendar calendar, IReadOnlyDictionary<CasePriority, SlaTargets> targets, Probability warningShare)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(calendar);
        Guard.Against.Null(targets);
        foreach (var p in Enum.GetValues<CasePriority>())
        {
            if (!targets.TryGetValue(p, out var t) || !t.IsValid)
            {
                throw new ArgumentException($"targets has no valid entry for priority {p}; every priority needs targets.", nameof(targets));
            }
        }

        return new SlaPolicy(name, calendar, targets.ToFrozenDictionary(), warningShare);
    }

    /// <summary>The targets of <paramref name="priority"/>.</summary>
    public SlaTargets TargetsFor(CasePriority priority) => _targets[priority];

    /// <summary>Measures <paramref name="serviceCase"/> against the policy as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the case was opened or outside the calendar's coverage.</exception>
    public SlaEvaluation Evaluate(ServiceCase serviceCase, Instant asOf)
    {
        Guard.Against.Null(serviceCase);
        if (asOf < serviceCase.OpenedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"asOf must not be before the case was opened ({serviceCase.OpenedAt}); it was {asOf}.");
        }

        var targets = _targets[serviceCase.Priority];
        return new SlaEvaluation(serviceCase.Id, asOf,
            Timer(serviceCase, targets.FirstResponse, serviceCase.FirstResponseAt, asOf),
            Timer(serviceCase, targets.Resolution, serviceCase.ResolvedAt, asOf));
    }

    /// <summary>The status of the resolution clock only (the hot path of compliance reports).</summary>
    public SlaStatus ResolutionStatus(ServiceCase serviceCase, Instant asOf) => Evaluate(serviceCase, asOf).Resolution.Status;

    private SlaTimer Timer(ServiceCase c, Duration target, Instant? stoppedAt, Instant asOf)
    {
        var running = stoppedAt is null || stoppedAt.Value > asOf;
        var end = running ? asOf : stoppedAt!.Value;
        var cal = Calendar;
        var opened = cal.CheckedNanos(c.OpenedAt);
        var endNs = cal.CheckedNanos(end);
        var paused = 0L;
        var pausedNow = false;
        foreach (var p in c.Pauses)
        {
            if (p.Start >= end)
            {
                break;
            }

            var pEnd = p.End < end ? p.End : end;
            paused += cal.BusinessNanosBetween(cal.CheckedNanos(p.Start), cal.CheckedNanos(pEnd));
        }

        if (c.PausedSince is { } since && since < end)
        {
            paused += cal.BusinessNanosBetween(cal.CheckedNanos(since), endNs);
            pausedNow = running;
        }

        var elapsed = Duration.FromNanoseconds(cal.BusinessNanosBetween(opened, endNs) - paused);
        SlaStatus status;
        if (!running)
        {
            status = elapsed <= target ? SlaStatus.Succeeded : SlaStatus.NonCompliant;
        }
        else if (elapsed > target)
        {
            status = SlaStatus.NonCompliant;
        }
        else
        {
            status = elapsed.TotalNanoseconds >= WarningShare.Value * target.TotalNanoseconds
                ? SlaStatus.NearingNonCompliance
                : SlaStatus.InProgress;
        }

        Instant? deadline = pausedNow ? null : cal.TryAddBusinessTime(c.OpenedAt, target + Duration.FromNanoseconds(paused));
        return new SlaTimer(status, target, elapsed, running, deadline);
    }
}
