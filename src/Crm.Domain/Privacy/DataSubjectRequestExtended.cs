using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>The deadline was extended by two months because the request is complex or one of many (Art. 12(3)).</summary>
/// <param name="At">When the requester was told; on or before the original deadline.</param>
/// <param name="Reason">Why (told to the requester), at most 500 characters.</param>
/// <param name="DueDate">The extended deadline: three months from the clock's start.</param>
public sealed record DataSubjectRequestExtended(Instant At, [property: Personal] string Reason, LocalDate DueDate) : DataSubjectRequestEvent(At)
{
    /// <inheritdoc />
    public override string ToString() => $"{nameof(DataSubjectRequestExtended)} at {At}, due {DueDate}";
}
