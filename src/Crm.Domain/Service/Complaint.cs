using Ardalis.GuardClauses;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// A complaint: a <see cref="ServiceCase"/> with a subject and, once resolved, the outcome of service recovery and
/// any compensation given. Immutable: <see cref="RecordOutcome"/> and <see cref="WithCase"/> return new values.
/// </summary>
/// <remarks>The outcome can be recorded only once the case is resolved, and only once; anything else throws
/// <see cref="IllegalTransitionException"/>. Thread-safe.</remarks>
public sealed class Complaint
{
    private Complaint(ServiceCase serviceCase, string subject, ServiceRecoveryOutcome outcome, Money? compensation, Instant? decidedAt)
    {
        Case = serviceCase;
        Subject = subject;
        Outcome = outcome;
        Compensation = compensation;
        DecidedAt = decidedAt;
    }

    /// <summary>The case that handles the complaint.</summary>
    public ServiceCase Case { get; }

    /// <summary>What the complaint is about.</summary>
    public string Subject { get; }

    /// <summary>The service-recovery outcome; <see cref="ServiceRecoveryOutcome.Pending"/> until recorded.</summary>
    public ServiceRecoveryOutcome Outcome { get; }

    /// <summary>Compensation given (refund, credit), if any.</summary>
    public Money? Compensation { get; }

    /// <summary>When the outcome was recorded.</summary>
    public Instant? DecidedAt { get; }

    /// <summary>Files a complaint handled by <paramref name="serviceCase"/>.</summary>
    public static Complaint File(ServiceCase serviceCase, string subject)
    {
        Guard.Against.Null(serviceCase);
        Guard.Against.NullOrWhiteSpace(subject);
        return new Complaint(serviceCase, subject, ServiceRecoveryOutcome.Pending, null, null);
    }

    /// <summary>The complaint with its case moved on (the case must be the same case, later in its history).</summary>
    /// <exception cref="ArgumentException">A different case, or an older version of it.</exception>
    public Complaint WithCase(ServiceCase serviceCase)
    {
        Guard.Against.Null(serviceCase);
        if (serviceCase.Id != Case.Id || serviceCase.History.Length < Case.History.Length)
        {
            throw new ArgumentException($"serviceCase must be case {Case.Id} at or after its current history; it was case {serviceCase.Id} with {serviceCase.History.Length} events.", nameof(serviceCase));
        }

        return new Complaint(serviceCase, Subject, Outcome, Compensation, DecidedAt);
    }

    /// <summary>Records the recovery outcome of a resolved complaint.</summary>
    /// <exception cref="IllegalTransitionException">The case is not resolved, or an outcome was already recorded.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is Pending, compensation is negative, or <paramref name="at"/> precedes the resolution.</exception>
    public Complaint RecordOutcome(ServiceRecoveryOutcome outcome, Instant at, Money? compensation = null)
    {
        if (outcome == ServiceRecoveryOutcome.Pending || !Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, $"outcome must be a decided outcome; it was {outcome}.");
        }

        if (compensation is { IsNegative: true } c)
        {
            throw new ArgumentOutOfRangeException(nameof(compensation), c, $"compensation must be >= 0; it was {c}.");
        }

        if (Outcome != ServiceRecoveryOutcome.Pending)
        {
            throw new IllegalTransitionException($"Complaint {Case.Id}", Outcome.ToString(), outcome.ToString(), "an outcome is already recorded");
        }

        if (!Case.IsResolved)
        {
            throw new IllegalTransitionException($"Complaint {Case.Id}", Case.State.ToString(), outcome.ToString(), "the case must be resolved first");
        }

        if (at < Case.ResolvedAt!.Value)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"at must not be before the resolution ({Case.ResolvedAt}); it was {at}.");
        }

        return new Complaint(Case, Subject, outcome, compensation, at);
    }
}
