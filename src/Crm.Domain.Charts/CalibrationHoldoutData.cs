namespace Crm.Domain.Charts;

/// <summary>
/// The data of the calibration-vs-holdout plot (lifetimes' <c>plot_calibration_purchases_vs_holdout_purchases</c>):
/// for customers grouped by their calibration repeat transactions, the mean repeat transactions in the holdout, actual
/// and as each model predicts.
/// </summary>
/// <param name="CalibrationFrequencies">The groups' calibration repeat transactions, e.g. 0, 1, …, 7 (finite, ≥ 0).</param>
/// <param name="ActualHoldoutMean">Each group's actual mean holdout repeat transactions (finite, ≥ 0).</param>
/// <param name="PredictedHoldoutMean">Each model's conditional expectation per group.</param>
/// <remarks>Equality compares the lists by reference, as records do.</remarks>
public sealed record CalibrationHoldoutData(IReadOnlyList<double> CalibrationFrequencies, IReadOnlyList<double> ActualHoldoutMean, IReadOnlyList<ModelSeries> PredictedHoldoutMean);
