using NodaTime;

namespace Crm.Domain.Service;

/// <summary>A case measured against its SLA as of an instant: both clocks and whether escalation is due.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="AsOf">The instant of the evaluation.</param>
/// <param name="FirstResponse">The first-response clock.</param>
/// <param name="Resolution">The resolution clock.</param>
public sealed record SlaEvaluation(string CaseId, Instant AsOf, SlaTimer FirstResponse, SlaTimer Resolution)
{
    /// <summary>The worse of the two statuses (non-compliant &gt; nearing &gt; in progress &gt; succeeded).</summary>
    public SlaStatus Overall => Rank(FirstResponse.Status) >= Rank(Resolution.Status) ? FirstResponse.Status : Resolution.Status;

    /// <summary>True when a running clock is nearing or over its target: the case should be escalated.</summary>
    public bool ShouldEscalate =>
        IsRunningAtRisk(FirstResponse) || IsRunningAtRisk(Resolution);

    private static bool IsRunningAtRisk(SlaTimer t) =>
        t.IsRunning && t.Status is SlaStatus.NearingNonCompliance or SlaStatus.NonCompliant;

    private static int Rank(SlaStatus s) => s switch
    {
        SlaStatus.NonCompliant => 3,
        SlaStatus.NearingNonCompliance => 2,
        SlaStatus.InProgress => 1,
        _ => 0,
    };
}
