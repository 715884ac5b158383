using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// An access kept in the customer's audit trail without changing its data: a change, erasure or merge the
/// data-access policy refused (<see cref="AuditOutcome.Denied"/>), or a read of a field group the policy audits
/// (<see cref="DataAccessPolicy.AuditReadsOf"/>, <see cref="Customer.ReadAudited"/>, <see cref="AuditOutcome.Allowed"/>).
/// </summary>
/// <remarks>Carries no personal data (field group, field name, reason), so its redacted form is itself. Like
/// <see cref="ConsentRecorded"/>, it does not move the customer's clock (a refusal or a read must not make later
/// changes "go backwards"): its <see cref="CustomerEvent.At"/> is the previous event's, and <see cref="AttemptedAt"/>
/// keeps the instant the caller gave, which the audit entry shows.</remarks>
/// <param name="At">The previous event's instant (the clock does not move).</param>
/// <param name="Actor">Who attempted it.</param>
/// <param name="FieldGroup">The field group concerned (not <see cref="FieldGroup.Unknown"/>).</param>
/// <param name="Action">What was attempted (a read, a change, an erasure or a merge; never a registration).</param>
/// <param name="Field">The field or operation name (non-blank, at most 64 characters, never a value).</param>
/// <param name="Outcome">Denied for a refusal; Allowed only for an audited read.</param>
/// <param name="Reason">Why it was refused (required when denied, never personal data); null for an allowed read.</param>
/// <param name="AttemptedAt">When the caller attempted it (any instant).</param>
public sealed record AccessAudited(Instant At, Actor Actor, FieldGroup FieldGroup, AuditAction Action, [property: NotPersonal("the name of a field of the customer record")] string Field, AuditOutcome Outcome, [property: NotPersonal("the access policy's reason, never personal data")] string? Reason, Instant AttemptedAt)
    : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(AccessAudited)} {Action} {FieldGroup}.{Field}: {Outcome} at {AttemptedAt} by {Actor}";

    internal override CustomerEvent Redacted() => this;
}
