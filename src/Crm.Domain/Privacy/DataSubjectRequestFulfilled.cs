using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>The request was answered.</summary>
/// <param name="At">When the answer was sent.</param>
/// <param name="Note">What was done (e.g. "export sent", "e-mail corrected"), at most 500 characters; optional.</param>
public sealed record DataSubjectRequestFulfilled(Instant At, [property: Personal] string? Note) : DataSubjectRequestEvent(At)
{
    /// <inheritdoc />
    public override string ToString() => $"{nameof(DataSubjectRequestFulfilled)} at {At}";
}
