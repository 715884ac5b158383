using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>The controller asked the requester for proof of identity: the clock stops until it arrives (it then starts
/// again from the day of verification).</summary>
/// <param name="At">When the proof was asked for.</param>
public sealed record IdentityRequested(Instant At) : DataSubjectRequestEvent(At);
