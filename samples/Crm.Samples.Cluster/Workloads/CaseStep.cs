using NodaTime;

namespace Crm.Samples.Cluster.Workloads;

/// <summary>One command of a case script: <c>respond</c>, <c>resolve</c>, <c>reopen</c> or <c>close</c>, at an instant.</summary>
public sealed record CaseStep(string Command, Instant At);
