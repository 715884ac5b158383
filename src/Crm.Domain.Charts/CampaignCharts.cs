using System.Globalization;
using Crm.Domain.Campaigns.Analysis;
using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>Charts of campaign results.</summary>
public static class CampaignCharts
{
    /// <summary>
    /// The conversion lift of treated over control by segment, with the overall lift at the bottom: a point at the
    /// uplift (percentage points) and a bar over its confidence interval, at the analysis's confidence level. A segment
    /// whose interval lies above 0 is drawn in the first series colour, below 0 in red, one that includes 0 in grey; a segment without
    /// both groups is labelled "no data".
    /// </summary>
    /// <param name="analysis">The campaign analysis.</param>
    /// <param name="options">Title, colours and default size (900 × 120 + 50 px per row).</param>
    /// <returns>The chart.</returns>
    public static ChartImage Lift(CampaignAnalysis analysis, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Lifts([.. analysis.Segments.Append(analysis.Overall).Select(s => KeyValuePair.Create(s.Segment == CampaignAnalysis.AllSegments ? "all segments" : s.Segment, s.Rates.ConversionLift))], options);
    }

    /// <summary>
    /// Lifts with their intervals, one row per entry (first at the top), drawn as in
    /// <see cref="Lift(CampaignAnalysis, ChartOptions?)"/>: for lifts of another rate or from another source.
    /// </summary>
    /// <param name="lifts">The rows: a label and a lift test (a default <see cref="LiftTest"/> is labelled "no data").</param>
    /// <param name="options">Title, colours and default size (900 × 120 + 50 px per row).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No row, or a null or blank label.</exception>
    public static ChartImage Lifts(IReadOnlyList<KeyValuePair<string, LiftTest>> lifts, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lifts);
        ChartGuards.NotEmpty(lifts.Count, nameof(lifts), "row");
        options ??= ChartOptions.Default;
        var level = lifts.Select(l => l.Value.Treated.Confidence).FirstOrDefault(c => c > 0);
        var confidence = level > 0 ? $" ({level.ToString("0.##%", CultureInfo.InvariantCulture)} intervals)" : string.Empty;
        var plot = ChartBuilder.Create(options, $"Conversion lift, treated vs control{confidence}");
        var n = lifts.Count;
        var extent = 1d;
        for (var i = 0; i < n; i++)
        {
            var y = n - 1 - i;
            ArgumentException.ThrowIfNullOrWhiteSpace(lifts[i].Key, nameof(lifts));
            var lift = lifts[i].Value;
            if (lift.Uplift is not { } u || lift.UpliftLower is not { } lo || lift.UpliftUpper is not { } hi)
            {
                ChartBuilder.Label(plot, "no data", 0, y, 12, ChartBuilder.Muted);
                continue;
            }

            var (up, low, high) = (u * 100, lo * 100, hi * 100);
            extent = Math.Max(extent, Math.Max(Math.Abs(low), Math.Abs(high)));
            var color = low > 0 ? options.Series(0) : high < 0 ? ChartBuilder.Bad : Colors.Gray;
            var interval = plot.Add.Line(low, y, high, y);
            interval.LineWidth = 3;
            interval.Color = color;
            plot.Add.Marker(up, y, MarkerShape.FilledCircle, 11, color);
            ChartBuilder.Label(plot, string.Create(CultureInfo.InvariantCulture, $"{up:+0.0;-0.0;0} pp [{low:+0.0;-0.0;0}, {high:+0.0;-0.0;0}]"), up, y + 0.28, 12, ChartBuilder.Ink)
                .LabelBackgroundColor = Colors.White.WithAlpha(0.8);
        }

        plot.Add.VerticalLine(0, 1.5f, ChartBuilder.Muted, LinePattern.Dashed);
        ChartBuilder.NameTicks(plot.Axes.Left, [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))],
            [.. lifts.Select(l => l.Key)]);
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.SetLimitsX(-extent * 1.2, extent * 1.2);
        plot.Axes.SetLimitsY(-0.6, n - 0.3);
        plot.XLabel("conversion rate, treated minus control (percentage points); red: below 0, grey: the interval includes 0", 14);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        return ChartBuilder.Finish(plot, options, 900, 120 + (50 * n));
    }
}
