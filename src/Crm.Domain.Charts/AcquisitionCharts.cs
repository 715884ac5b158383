using System.Globalization;
using Crm.Domain.Acquisition;
using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>Charts of lead acquisition.</summary>
public static class AcquisitionCharts
{
    /// <summary>
    /// The lead funnel: one centred bar per pipeline stage (suspect at the top to won at the bottom; the lost stage is
    /// not a pipeline step and is left out), as wide as the leads that entered it, labelled with the count, and beside
    /// it the share that advanced to the next stage.
    /// </summary>
    /// <param name="report">The funnel report.</param>
    /// <param name="options">Title, colours (first: stages, third: won) and default size (900 × 520).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The report has no pipeline stage.</exception>
    public static ChartImage Funnel(FunnelReport report, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stages = report.Stages.Where(s => s.Stage != FunnelStage.Lost).ToArray();
        ChartGuards.NotEmpty(stages.Length, nameof(report), "pipeline stage");
        options ??= ChartOptions.Default;
        var plot = ChartBuilder.Create(options, string.Create(CultureInfo.InvariantCulture, $"Lead funnel: {report.Leads:N0} leads, win rate {report.WinRate}"));
        var widest = Math.Max(1, stages.Max(s => s.Entered));
        var n = stages.Length;
        plot.Add.Bars(stages.Select((s, i) => new Bar
        {
            Position = n - 1 - i,
            ValueBase = -s.Entered / 2d,
            Value = s.Entered / 2d,
            FillColor = s.Stage == FunnelStage.Won ? options.Series(2) : options.Series(0),
            Orientation = Orientation.Horizontal,
            Size = 0.75,
        }).ToArray());

        // Labels after the bars, so they are drawn on top of them.
        for (var i = 0; i < n; i++)
        {
            var s = stages[i];
            var y = n - 1 - i;
            var count = s.Entered.ToString("N0", CultureInfo.InvariantCulture);
            if (s.Entered >= widest * 0.15)
            {
                ChartBuilder.Label(plot, count, 0, y, 15, Colors.White, bold: true);
            }
            else
            {
                // Too narrow to hold its count: write it to the left of the bar.
                ChartBuilder.Label(plot, count, (-s.Entered / 2d) - (widest * 0.02), y, 15, ChartBuilder.Ink, Alignment.MiddleRight, bold: true);
            }

            if (s.Stage != FunnelStage.Won)
            {
                var advanced = s.Conversion.Value is { } c ? c.ToString("0.0 %", CultureInfo.InvariantCulture) : "n/a";
                ChartBuilder.Label(plot, $"{advanced} advanced, {s.Lost.ToString("N0", CultureInfo.InvariantCulture)} lost", (widest / 2d) * 1.04, y, 13, ChartBuilder.Muted, Alignment.MiddleLeft);
            }
        }

        ChartBuilder.NameTicks(plot.Axes.Left, [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. stages.Select(s => Words.Of(s.Stage))]);
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.SetLimitsX(-widest * 0.55, widest * 1.25);
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
        plot.HideGrid();
        return ChartBuilder.Finish(plot, options, 900, 520);
    }
}
