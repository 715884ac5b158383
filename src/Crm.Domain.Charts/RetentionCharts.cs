using System.Globalization;
using Crm.Domain.Retention;

namespace Crm.Domain.Charts;

/// <summary>Charts of customer retention.</summary>
public static class RetentionCharts
{
    /// <summary>
    /// The cohort retention heat map: one row per first-purchase cohort (oldest at the top, labelled with its size),
    /// one column per month after the first purchase (0 to <paramref name="months"/>), each cell the share of the
    /// cohort active that month in per cent, printed in the cell. Months a cohort has not reached yet stay empty. The
    /// colour key runs from the lowest to the highest share after month 0 (rounded down and up to 10 %), so the
    /// later months, not the 100 % of month 0, use the colour range; month 0 takes the top colour.
    /// </summary>
    /// <param name="matrix">The cohort matrix.</param>
    /// <param name="months">The last month after the first purchase to show, 1 to 120.</param>
    /// <param name="options">Title, colour map (default viridis) and default size (1000 × 40 px per cohort + 160).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The matrix has no cohort.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1 to 120.</exception>
    public static ChartImage CohortHeatmap(CohortRetentionMatrix matrix, int months = 12, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, 120);
        ChartGuards.NotEmpty(matrix.Cohorts.Length, nameof(matrix), "cohort");
        options ??= ChartOptions.Default;
        var plot = ChartBuilder.Create(options, "Cohort retention: share of each first-purchase cohort active k months later");
        var rows = matrix.Cohorts.Length;
        var values = new double[rows, months + 1];
        var (lowest, highest) = (100d, 0d);
        for (var r = 0; r < rows; r++)
        {
            for (var k = 0; k <= months; k++)
            {
                values[r, k] = k < matrix.Active[r].Length && matrix.Retention(r, k).Value is { } v ? v * 100 : double.NaN;
                if (k > 0 && !double.IsNaN(values[r, k]))
                {
                    (lowest, highest) = (Math.Min(lowest, values[r, k]), Math.Max(highest, values[r, k]));
                }
            }
        }

        var top = Math.Max(10, Math.Ceiling(highest / 10) * 10);
        var bottom = Math.Min(top - 10, Math.Floor(lowest / 10) * 10);
        Heatmaps.Add(plot, values, options.HeatColormap, bottom, top, "active in month k (% of cohort)", v => v.ToString("0", CultureInfo.InvariantCulture), rows > 30 ? 9 : 11);
        var (xs, xLabels) = Heatmaps.Ticks(months + 1, k => k.ToString(CultureInfo.InvariantCulture), 25);
        ChartBuilder.NameTicks(plot.Axes.Bottom, xs, xLabels);
        var cohortTicks = Heatmaps.Ticks(rows, r => string.Create(CultureInfo.InvariantCulture, $"{matrix.Cohorts[r]:yyyy-MM} (n={matrix.Sizes[r]:N0})"), 40);
        ChartBuilder.NameTicks(plot.Axes.Left, [.. cohortTicks.Positions.Select(p => rows - 1 - p)], cohortTicks.Labels);
        plot.XLabel("months after the first purchase (k)", 14);
        plot.YLabel("first-purchase cohort (size)", 14);
        return ChartBuilder.Finish(plot, options, 1000, Math.Min(ChartImage.MaximumSize, 160 + (40 * rows)));
    }
}
