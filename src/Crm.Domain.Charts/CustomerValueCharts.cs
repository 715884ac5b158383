using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>
/// The customer-value tracking plots: actual against model-expected repeat transactions per period and cumulated,
/// with the holdout shaded.
/// </summary>
public static partial class CustomerValueCharts
{
    /// <summary>
    /// Cumulative repeat transactions at the end of each period: actual (solid, first series colour) against each
    /// model (dashed, the next colours), the holdout shaded and marked by a dotted line at the end of calibration.
    /// </summary>
    /// <param name="data">The tracking data.</param>
    /// <param name="options">Title, colours and default size (1000 × 560).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No period, a model without one value per period, or a value that is not finite.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The overload taking the library's check type has no optional parameter (RS0026); this one keeps options optional.")]
    public static ChartImage CumulativeTracking(TrackingData data, ChartOptions? options = null) => Tracking(data, options, cumulative: true);

    /// <summary>
    /// Repeat transactions in each period (the differences of the cumulative series): actual against each model, the
    /// holdout shaded, as in <see cref="CumulativeTracking(TrackingData, ChartOptions?)"/>.
    /// </summary>
    /// <param name="data">The tracking data (cumulative; the chart takes the differences).</param>
    /// <param name="options">Title, colours and default size (1000 × 560).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No period, a model without one value per period, or a value that is not finite.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The overload taking the library's check type has no optional parameter (RS0026); this one keeps options optional.")]
    public static ChartImage PeriodTracking(TrackingData data, ChartOptions? options = null) => Tracking(data, options, cumulative: false);

    private static ChartImage Tracking(TrackingData data, ChartOptions? options, bool cumulative)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(data.PeriodName, nameof(data));
        var actual = ChartGuards.Finite(data.ActualCumulative, "data.ActualCumulative");
        var n = actual.Length;
        ChartGuards.NotEmpty(n, "data.ActualCumulative", "period");
        ArgumentOutOfRangeException.ThrowIfNegative(data.CalibrationPeriods, nameof(data));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(data.CalibrationPeriods, n, nameof(data));
        options ??= ChartOptions.Default;
        var what = cumulative ? "cumulative repeat transactions" : $"repeat transactions per {data.PeriodName}";
        var plot = ChartBuilder.Create(options, $"Tracking: {what}, actual vs model");

        if (data.CalibrationPeriods < n)
        {
            var holdout = plot.Add.HorizontalSpan(data.CalibrationPeriods, n + 0.5, Colors.Gray.WithAlpha(0.15));
            holdout.LegendText = "holdout";
            plot.Add.VerticalLine(data.CalibrationPeriods, 1.5f, ChartBuilder.Muted, LinePattern.Dotted);
        }

        var xs = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        var line = plot.Add.ScatterLine(xs, cumulative ? actual : Differences(actual), options.Series(0));
        line.LegendText = "actual";
        line.LineWidth = 2.5f;
        LinePattern[] patterns = [LinePattern.Dashed, LinePattern.DenselyDashed, LinePattern.Dotted];
        var models = ChartGuards.Models(data.ExpectedCumulative, n, "data.ExpectedCumulative", "period", allowNegative: true);
        for (var m = 0; m < models.Count; m++)
        {
            var expected = plot.Add.ScatterLine(xs, cumulative ? models[m].Values : Differences(models[m].Values), options.Series(m + 1));
            expected.LegendText = models[m].Name;
            expected.LineWidth = 2f;
            expected.LinePattern = patterns[m % patterns.Length];
        }

        plot.XLabel($"{data.PeriodName}s since the start (calibration ends after {data.PeriodName} {data.CalibrationPeriods})", 14);
        plot.YLabel(what, 14);
        plot.Axes.SetLimitsX(0, n + 0.5);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartBuilder.Finish(plot, options, 1000, 560);
    }

    private static double[] Differences(double[] cumulative)
    {
        var result = new double[cumulative.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = cumulative[i] - (i == 0 ? 0d : cumulative[i - 1]);
        }

        return result;
    }
}
