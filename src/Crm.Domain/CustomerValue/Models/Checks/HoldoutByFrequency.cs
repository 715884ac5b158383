namespace Crm.Domain.CustomerValue.Models.Checks;

/// <summary>
/// One point of the calibration-vs-holdout check (lifetimes' <c>plot_calibration_purchases_vs_holdout_purchases</c>):
/// among the customers with <see cref="Frequency"/> calibration repeat transactions, the mean number of holdout
/// transactions observed and the mean the model predicted, E[Y(h) | x, t_x, T].
/// </summary>
/// <remarks>The last row is open (x ≥ <see cref="Frequency"/>). <c>default</c> is an empty row. Immutable and thread-safe.</remarks>
public readonly record struct HoldoutByFrequency
{
    internal HoldoutByFrequency(int frequency, bool isOpenEnded, int customers, double actualMean, double predictedMean)
    {
        Frequency = frequency;
        IsOpenEnded = isOpenEnded;
        Customers = customers;
        ActualMean = actualMean;
        PredictedMean = predictedMean;
    }

    /// <summary>The calibration frequency x (the lower bound of an open-ended row).</summary>
    public int Frequency { get; }

    /// <summary>Whether the row holds every x ≥ <see cref="Frequency"/>.</summary>
    public bool IsOpenEnded { get; }

    /// <summary>The customers in the row (≥ 0; the means are 0 when it is 0).</summary>
    public int Customers { get; }

    /// <summary>The mean holdout transactions x* observed (≥ 0).</summary>
    public double ActualMean { get; }

    /// <summary>The mean the model predicted for the holdout (≥ 0).</summary>
    public double PredictedMean { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"x {(IsOpenEnded ? ">= " : "= ")}{Frequency}: {Customers} customers, holdout mean actual {ActualMean:0.###}, predicted {PredictedMean:0.###}");
}
