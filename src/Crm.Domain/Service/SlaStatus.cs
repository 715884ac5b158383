namespace Crm.Domain.Service;

/// <summary>Where an SLA timer (first response or resolution) stands.</summary>
public enum SlaStatus
{
    /// <summary>Running, with less than the warning share of the target used.</summary>
    InProgress = 0,

    /// <summary>Running, past the warning share of the target but not yet over it.</summary>
    NearingNonCompliance,

    /// <summary>Stopped within the target.</summary>
    Succeeded,

    /// <summary>Over the target (stopped late, or still running past it).</summary>
    NonCompliant,
}
