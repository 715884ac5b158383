using NodaTime;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>One customer-value fit: the BG/NBD model fitted on the transaction table, and how.</summary>
public sealed class ValueFitRow
{
    /// <summary>Database key.</summary>
    public long Id { get; set; }

    /// <summary>When it ran (the server clock).</summary>
    public Instant FittedAt { get; set; }

    /// <summary>The calibration end, ISO <c>yyyy-MM-dd</c> (purchases up to it were fitted).</summary>
    public required string CalibrationEnd { get; set; }

    /// <summary>The scoring horizon in weeks.</summary>
    public double HorizonWeeks { get; set; }

    /// <summary>Customers fitted.</summary>
    public int Customers { get; set; }

    /// <summary>The fitted <c>BgNbdModel</c> as CrmJson writes it.</summary>
    public required string Model { get; set; }

    /// <summary>The log-likelihood at the optimum.</summary>
    public double LogLikelihood { get; set; }

    /// <summary>Whether the optimiser converged.</summary>
    public bool Converged { get; set; }
}
