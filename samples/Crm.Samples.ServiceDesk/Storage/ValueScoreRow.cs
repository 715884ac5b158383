using NodaTime;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>One customer's scores from the latest customer-value fit (replaced as a whole by every fit).</summary>
public sealed class ValueScoreRow
{
    /// <summary>The customer.</summary>
    public required string CustomerId { get; set; }

    /// <summary>When the fit that produced the scores ran.</summary>
    public Instant FittedAt { get; set; }

    /// <summary>Repeat purchases in the calibration period (x).</summary>
    public int Frequency { get; set; }

    /// <summary>BG/NBD probability that the customer is still active, 0–1.</summary>
    public double ProbabilityAlive { get; set; }

    /// <summary>BG/NBD expected purchases over the fit's horizon (weeks, see <see cref="ValueFitRow.HorizonWeeks"/>).</summary>
    public double ExpectedTransactions { get; set; }
}
