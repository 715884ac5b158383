namespace Crm.Domain.CustomerValue.Models.Checks;

/// <summary>
/// One bar of the calibration-frequency histogram (lifetimes' <c>plot_period_transactions</c>): how many customers made
/// <see cref="Frequency"/> repeat transactions in calibration, observed and as the model expects.
/// </summary>
/// <remarks>The last bucket of a histogram is open (<see cref="IsOpenEnded"/>: x ≥ <see cref="Frequency"/>). <c>default</c> is an empty bucket for x = 0. Immutable and thread-safe.</remarks>
public readonly record struct FrequencyBucket
{
    internal FrequencyBucket(int frequency, bool isOpenEnded, double observed, double expected)
    {
        Frequency = frequency;
        IsOpenEnded = isOpenEnded;
        Observed = observed;
        Expected = expected;
    }

    /// <summary>The number of repeat transactions x (the lower bound of an open-ended bucket).</summary>
    public int Frequency { get; }

    /// <summary>Whether the bucket holds every x ≥ <see cref="Frequency"/>.</summary>
    public bool IsOpenEnded { get; }

    /// <summary>Customers observed with this x (≥ 0).</summary>
    public double Observed { get; }

    /// <summary>Customers the model expects with this x: Σ over customers of P(X(T) = x) at their own age T (≥ 0).</summary>
    public double Expected { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"x {(IsOpenEnded ? ">= " : "= ")}{Frequency}: observed {Observed:0.###}, expected {Expected:0.###}");
}
