using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// The service-recovery outcome of a resolved complaint was recorded (see <see cref="Complaint.RecordOutcome"/>); once
/// per complaint.
/// </summary>
/// <param name="At">When it was decided; not before the case's resolution nor the complaint's previous event.</param>
/// <param name="Outcome">The outcome; a decided one (never <see cref="ServiceRecoveryOutcome.Pending"/>).</param>
/// <param name="Compensation">Compensation given (refund, credit), if any; never negative.</param>
public sealed record ComplaintOutcomeRecorded(Instant At, ServiceRecoveryOutcome Outcome, Money? Compensation) : ComplaintEvent(At);
