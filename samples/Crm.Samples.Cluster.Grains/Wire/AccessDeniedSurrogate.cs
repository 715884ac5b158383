namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>How the library's <c>AccessDeniedException</c> crosses the grain boundary: its message and its refusal
/// (the library's <c>AuditEntry</c> as CrmJson; null when the exception has none).</summary>
[GenerateSerializer]
[Alias("crm.access-denied")]
public readonly record struct AccessDeniedSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] string? RefusalJson);
