namespace Crm.Domain.Charts;

/// <summary>
/// The data of the tracking plot (Fader, Hardie &amp; Lee 2005, figure 2): actual and model-expected repeat
/// transactions of a cohort, cumulated, at the end of each period since the start; the periods after
/// <paramref name="CalibrationPeriods"/> are the holdout.
/// </summary>
/// <param name="ActualCumulative">Actual cumulative repeat transactions at the end of periods 1, 2, … (finite, non-decreasing is not checked).</param>
/// <param name="ExpectedCumulative">Each model's expected cumulative repeat transactions, one value per period.</param>
/// <param name="CalibrationPeriods">The number of calibration periods, 0 to the number of periods: the holdout starts after it.</param>
/// <param name="PeriodName">The period's name in axis titles, singular, e.g. "week".</param>
/// <remarks>Equality compares the lists by reference, as records do.</remarks>
public sealed record TrackingData(IReadOnlyList<double> ActualCumulative, IReadOnlyList<ModelSeries> ExpectedCumulative, int CalibrationPeriods, string PeriodName = "week");
