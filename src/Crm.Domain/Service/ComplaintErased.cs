using Crm.Domain.Customers;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>The customer's personal data was erased from the complaint (<see cref="Complaint.Erase"/>): the subject
/// and the case's escalation reasons were replaced by <see cref="Primitives.Redaction.Marker"/>; the outcome, the
/// compensation and the case's instants stay.</summary>
/// <param name="At">When; not before the previous event.</param>
/// <param name="Actor">Who erased; not <c>default</c>.</param>
/// <remarks>Appears at most once, in a history that is redacted.</remarks>
public sealed record ComplaintErased(Instant At, Actor Actor) : ComplaintEvent(At);
