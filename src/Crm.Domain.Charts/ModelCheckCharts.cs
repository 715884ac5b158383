using System.Globalization;
using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>
/// The diagnostic plots of a fitted transaction model (BG/NBD, Pareto/NBD, …), drawn from plain data so that any
/// model check can feed them: period-transactions histogram, calibration vs holdout, frequency/recency and P(alive)
/// heat maps.
/// </summary>
public static partial class ModelCheckCharts
{
    /// <summary>
    /// Customers per number of calibration repeat transactions: grouped bars, actual (first series colour) beside each
    /// model's expectation (the next colours).
    /// </summary>
    /// <param name="data">The histogram data.</param>
    /// <param name="options">Title, colours and default size (1000 × 560).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No bucket, a series without one value per bucket, or a value that is negative or not finite.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The overload taking the library's check type has no optional parameter (RS0026); this one keeps options optional.")]
    public static ChartImage PeriodTransactions(PeriodTransactionsData data, ChartOptions? options = null) => PeriodTransactions(data, options, caption: null);

    private static ChartImage PeriodTransactions(PeriodTransactionsData data, ChartOptions? options, string? caption)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(data.BucketLabels, nameof(data));
        var actual = ChartGuards.Finite(data.Actual, "data.Actual", allowNegative: false);
        var models = ChartGuards.Models(data.Expected, actual.Length, "data.Expected", "bucket", allowNegative: false);
        ChartGuards.NotEmpty(actual.Length, "data.Actual", "bucket");
        ChartGuards.SameLength(actual.Length, data.BucketLabels.Count, "data.BucketLabels", "bucket");
        options ??= ChartOptions.Default;
        var plot = ChartBuilder.Create(options, "Repeat transactions in the calibration period: actual vs model");
        var series = new List<(string Name, double[] Values)> { ("actual", actual) };
        series.AddRange(models);
        var width = 0.8 / series.Count;
        for (var s = 0; s < series.Count; s++)
        {
            var bars = series[s].Values.Select((v, i) => new Bar
            {
                Position = i - 0.4 + (width * (s + 0.5)),
                Value = v,
                Size = width * 0.95,
                FillColor = options.Series(s),
            }).ToList();
            plot.Add.Bars(bars).LegendText = series[s].Name;
        }

        ChartBuilder.NameTicks(plot.Axes.Bottom, [.. Enumerable.Range(0, actual.Length).Select(i => (double)i)], [.. data.BucketLabels]);
        plot.XLabel("repeat transactions in the calibration period", 14);
        plot.YLabel("customers", 14);
        plot.ShowLegend(Alignment.UpperRight);
        Caption(plot, caption, bottomMargin: 0);
        return ChartBuilder.Finish(plot, options, 1000, 560);
    }

    /// <summary>
    /// Mean holdout repeat transactions by calibration repeat transactions: actual (solid with markers) against each
    /// model's conditional expectation (dashed).
    /// </summary>
    /// <param name="data">The grouped means.</param>
    /// <param name="options">Title, colours and default size (1000 × 560).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No group, a series without one value per group, or a value that is negative or not finite.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The overload taking the library's check type has no optional parameter (RS0026); this one keeps options optional.")]
    public static ChartImage CalibrationVsHoldout(CalibrationHoldoutData data, ChartOptions? options = null) => CalibrationVsHoldout(data, options, tickLabels: null, caption: null);

    // tickLabels name the groups on the x axis (e.g. "7+" for an open group); null: the numbers.
    private static ChartImage CalibrationVsHoldout(CalibrationHoldoutData data, ChartOptions? options, string[]? tickLabels, string? caption)
    {
        ArgumentNullException.ThrowIfNull(data);
        var xs = ChartGuards.Finite(data.CalibrationFrequencies, "data.CalibrationFrequencies", allowNegative: false);
        ChartGuards.NotEmpty(xs.Length, "data.CalibrationFrequencies", "group");
        var actual = ChartGuards.Finite(data.ActualHoldoutMean, "data.ActualHoldoutMean", allowNegative: false);
        ChartGuards.SameLength(xs.Length, actual.Length, "data.ActualHoldoutMean", "group");
        var models = ChartGuards.Models(data.PredictedHoldoutMean, xs.Length, "data.PredictedHoldoutMean", "group", allowNegative: false);
        options ??= ChartOptions.Default;
        var plot = ChartBuilder.Create(options, "Holdout repeat transactions by calibration repeat transactions");
        var line = plot.Add.Scatter(xs, actual, options.Series(0));
        line.LegendText = "actual";
        line.LineWidth = 2.5f;
        line.MarkerSize = 8;
        for (var m = 0; m < models.Count; m++)
        {
            var model = plot.Add.Scatter(xs, models[m].Values, options.Series(m + 1));
            model.LegendText = models[m].Name;
            model.LineWidth = 2f;
            model.LinePattern = LinePattern.Dashed;
            model.MarkerSize = 6;
        }

        if (tickLabels is not null)
        {
            ChartBuilder.NameTicks(plot.Axes.Bottom, xs, tickLabels);
        }
        else if (xs.Length <= 30 && xs.All(x => x == Math.Floor(x)))
        {
            ChartBuilder.NameTicks(plot.Axes.Bottom, xs, [.. xs.Select(Heatmaps.Number)]);
        }

        plot.XLabel("repeat transactions in the calibration period", 14);
        plot.YLabel("mean repeat transactions in the holdout", 14);
        // A caption takes the top; the means rise to the right, so the lower right is free for the legend.
        plot.ShowLegend(caption is null ? Alignment.UpperLeft : Alignment.LowerRight);
        Caption(plot, caption, bottomMargin: null);
        return ChartBuilder.Finish(plot, options, 1000, 560);
    }

    /// <summary>
    /// Writes the test results of a check (one line per model) at the top centre of the data area, in the embedded
    /// font, with room above the data so that it covers no mark.
    /// </summary>
    private static void Caption(Plot plot, string? caption, double? bottomMargin)
    {
        if (caption is null)
        {
            if (bottomMargin is { } bottom)
            {
                plot.Axes.Margins(bottom: bottom);
            }

            return;
        }

        var top = 0.1 + (0.08 * caption.Split('\n').Length);
        if (bottomMargin is { } b)
        {
            plot.Axes.Margins(bottom: b, top: top);
        }
        else
        {
            plot.Axes.Margins(top: top);
        }

        var note = plot.Add.Annotation(caption, Alignment.UpperCenter);
        note.LabelFontName = ChartFonts.FamilyName;
        note.LabelFontSize = 13;
        note.LabelFontColor = ChartBuilder.Ink;
        note.LabelBackgroundColor = Colors.White.WithAlpha(0.9);
        note.LabelBorderColor = ChartBuilder.Muted;
        note.LabelShadowColor = Colors.Transparent;
    }

    /// <summary>
    /// The expected number of transactions in a coming period for each (frequency, recency) history, as a heat map
    /// with a colour key from 0 to the largest value; recency left to right, frequency bottom to top.
    /// </summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="horizon">The coming period's description for the key, e.g. "next 52 weeks".</param>
    /// <param name="options">Title, colour map and default size (1000 × 760).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">A shape mismatch, or a value that is infinite or negative.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The overload taking the library's check type has no optional parameter (RS0026); this one keeps options optional.")]
    public static ChartImage FrequencyRecencyHeatmap(CustomerMatrix matrix, string horizon, ChartOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(horizon);
        var values = CheckMatrix(matrix, 0d, double.MaxValue);
        var max = 0d;
        foreach (var v in values)
        {
            max = double.IsNaN(v) ? max : Math.Max(max, v);
        }

        return MatrixChart(matrix, values, 0, max > 0 ? max : 1, $"expected transactions, {horizon}", "Expected transactions by frequency and recency", options);
    }

    /// <summary>
    /// P(alive) for each (frequency, recency) history, as a heat map with a colour key from 0 to 1; recency left to
    /// right, frequency bottom to top.
    /// </summary>
    /// <param name="matrix">The matrix (values in [0, 1] or NaN).</param>
    /// <param name="options">Title, colour map and default size (1000 × 760).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">A shape mismatch, or a value outside [0, 1].</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The overload taking the library's check type has no optional parameter (RS0026); this one keeps options optional.")]
    public static ChartImage ProbabilityAliveHeatmap(CustomerMatrix matrix, ChartOptions? options = null) =>
        MatrixChart(matrix, CheckMatrix(matrix, 0d, 1d), 0, 1, "P(alive)", "Probability alive by frequency and recency", options);

    private static ChartImage MatrixChart(CustomerMatrix matrix, double[,] values, double min, double max, string key, string title, ChartOptions? options)
    {
        options ??= ChartOptions.Default;
        var plot = ChartBuilder.Create(options, title);
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);

        // The heat map draws row 0 at the top; frequencies ascend upwards, so flip the rows.
        var flipped = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                flipped[r, c] = values[rows - 1 - r, c];
            }
        }

        var small = rows <= 16 && columns <= 16;
        Heatmaps.Add(plot, flipped, options.HeatColormap, min, max, key, small ? v => v.ToString(max <= 1 ? "0.00" : "0.0", CultureInfo.InvariantCulture) : null);
        var xTicks = Heatmaps.Ticks(columns, c => Heatmaps.Number(matrix.Recencies[c]));
        ChartBuilder.NameTicks(plot.Axes.Bottom, xTicks.Positions, xTicks.Labels);
        var yTicks = Heatmaps.Ticks(rows, r => Heatmaps.Number(matrix.Frequencies[r]));
        ChartBuilder.NameTicks(plot.Axes.Left, yTicks.Positions, yTicks.Labels);
        plot.XLabel($"recency ({matrix.PeriodName} of the last repeat transaction)", 14);
        plot.YLabel("frequency (repeat transactions)", 14);
        return ChartBuilder.Finish(plot, options, 1000, 760);
    }

    private static double[,] CheckMatrix(CustomerMatrix matrix, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(matrix.Values, nameof(matrix));
        ArgumentException.ThrowIfNullOrWhiteSpace(matrix.PeriodName, nameof(matrix));
        ChartGuards.Finite(matrix.Frequencies, "matrix.Frequencies");
        ChartGuards.Finite(matrix.Recencies, "matrix.Recencies");
        ChartGuards.NotEmpty(matrix.Frequencies.Count, "matrix.Frequencies", "row");
        ChartGuards.NotEmpty(matrix.Recencies.Count, "matrix.Recencies", "column");
        ChartGuards.SameLength(matrix.Values.GetLength(0), matrix.Frequencies.Count, "matrix.Frequencies", "row of matrix.Values");
        ChartGuards.SameLength(matrix.Values.GetLength(1), matrix.Recencies.Count, "matrix.Recencies", "column of matrix.Values");
        var copy = (double[,])matrix.Values.Clone();
        foreach (var v in copy)
        {
            if (!double.IsNaN(v) && (v < min || v > max))
            {
                throw new ArgumentOutOfRangeException(nameof(matrix), v, $"matrix.Values must be NaN or in [{min}, {max}]; one was {v}.");
            }
        }

        return copy;
    }
}
