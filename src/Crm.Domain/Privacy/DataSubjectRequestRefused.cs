using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>The request was refused.</summary>
/// <param name="At">When the refusal was sent.</param>
/// <param name="Reason">Why.</param>
/// <param name="Explanation">The explanation given to the requester (e.g. the legal hold: "invoice 2026-114 under
/// dispute"), at most 500 characters.</param>
public sealed record DataSubjectRequestRefused(Instant At, RefusalReason Reason, [property: Personal] string Explanation) : DataSubjectRequestEvent(At)
{
    /// <inheritdoc />
    public override string ToString() => $"{nameof(DataSubjectRequestRefused)} at {At} ({Reason})";
}
