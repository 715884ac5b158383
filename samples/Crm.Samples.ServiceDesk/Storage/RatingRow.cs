using NodaTime;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>A customer's satisfaction rating (CSAT, 1–5) of one resolved case; at most one per case (the key).</summary>
public sealed class RatingRow
{
    /// <summary>The case rated.</summary>
    public required string CaseId { get; set; }

    /// <summary>The desk (the case's team) whose KPIs it feeds.</summary>
    public required string Desk { get; set; }

    /// <summary>The score, 1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int Score { get; set; }

    /// <summary>When it was recorded (the server clock).</summary>
    public Instant At { get; set; }
}
