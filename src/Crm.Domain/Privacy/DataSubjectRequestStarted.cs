using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>Work on a verified request began.</summary>
/// <param name="At">When.</param>
public sealed record DataSubjectRequestStarted(Instant At) : DataSubjectRequestEvent(At);
