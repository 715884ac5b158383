using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>A request was received (see <see cref="DataSubjectRequest.Receive"/>): the first event of every history.</summary>
/// <param name="At">When it arrived; its date in the controller's calendar starts the clock.</param>
/// <param name="RequestId">The controller's reference: an identifier (1–64 ASCII letters, digits, '.', '-', '_').</param>
/// <param name="Subject">The data subject: the customer the request is about.</param>
/// <param name="Kind">The right exercised.</param>
/// <param name="DueDate">The deadline computed at receipt (<see cref="ResponseDeadline.For"/>); a replay recomputes it
/// and refuses a history whose stored deadline differs.</param>
public sealed record DataSubjectRequestReceived(Instant At, string RequestId, CustomerId Subject, DataSubjectRequestKind Kind, LocalDate DueDate)
    : DataSubjectRequestEvent(At);
