using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>The requester's identity was confirmed.</summary>
/// <param name="At">When it was confirmed.</param>
/// <param name="Method">How (e.g. "signed-in account", "passport copy"): a short description without personal data,
/// at most 200 characters.</param>
/// <param name="DueDate">The deadline after verification: unchanged unless proof had been asked for, in which case it
/// counts from the day of verification.</param>
public sealed record IdentityVerified(Instant At, [property: Personal] string Method, LocalDate DueDate) : DataSubjectRequestEvent(At)
{
    /// <inheritdoc />
    public override string ToString() => $"{nameof(IdentityVerified)} at {At}, due {DueDate}";
}
