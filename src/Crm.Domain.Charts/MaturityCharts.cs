using System.Globalization;
using Crm.Domain.Competencies;
using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>Charts of a CRM maturity assessment: the radar of block indices and the gap to a target by block.</summary>
public static class MaturityCharts
{
    private static readonly double[] Rings = [25, 50, 75, 100];

    /// <summary>
    /// The radar of block indices (0–100, one spoke per block in framework order): the current profile filled, with its
    /// value at each point, and the target as a dashed outline. Rings at 25, 50, 75 and 100 are labelled between the two
    /// spokes where the series are lowest, so the labels do not sit on a line. An unrated block is drawn at 0 and
    /// labelled "n/a".
    /// </summary>
    /// <param name="profile">The scored assessment.</param>
    /// <param name="target">The target to compare with (same framework); null: the current profile only.</param>
    /// <param name="options">Title, colours (first: current, second: target) and default size (900 × 760).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The target is for another framework.</exception>
    public static ChartImage Radar(MaturityProfile profile, TargetProfile? target = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (target is not null && !string.Equals(target.Framework.Id, profile.Framework.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"target must be for the profile's framework '{profile.Framework.Id}'; it is for '{target.Framework.Id}'.", nameof(target));
        }

        options ??= ChartOptions.Default;
        var plot = ChartBuilder.Create(options, $"{profile.Organisation}: CRM maturity ({profile.Framework.Name})");
        var current = profile.Blocks.Select(b => b.Index ?? 0d).ToArray();
        var targets = target is null ? null : profile.Framework.Blocks.Select(b => target.BlockIndex(b.Id)).ToArray();

        var radar = plot.Add.Radar();
        var currentColor = options.Series(0);
        radar.Series.Add(new RadarSeries
        {
            Values = current,
            LegendText = string.Create(CultureInfo.InvariantCulture, $"Current ({profile.AssessedOn:uuuu-MM-dd}, overall {profile.Overall:0})"),
            FillColor = currentColor.WithAlpha(0.25),
            LineColor = currentColor,
            LineWidth = 2.5f,
        });
        if (targets is not null)
        {
            var targetColor = options.Series(1);
            radar.Series.Add(new RadarSeries
            {
                Values = targets,
                LegendText = target!.Name,
                FillColor = Colors.Transparent,
                LineColor = targetColor,
                LineWidth = 2.5f,
                LinePattern = LinePattern.Dashed,
            });
        }

        var axis = radar.PolarAxis;
        axis.Clockwise = true;
        axis.SetSpokes([.. profile.Blocks.Select(b => b.Title)], 100);
        foreach (var spoke in axis.Spokes)
        {
            spoke.LabelStyle.FontSize = 14;
            spoke.LabelStyle.ForeColor = ChartBuilder.Ink;
            spoke.LineColor = Colors.Gray.WithAlpha(0.4);
        }

        axis.SetCircles(Rings, [.. Rings.Select(r => r.ToString(CultureInfo.InvariantCulture))]);
        var quiet = QuietestGap(current, targets);
        var ringLabelAngle = Angle.FromDegrees((axis.Spokes[quiet].Angle.Degrees + axis.Spokes[(quiet + 1) % axis.Spokes.Count].Angle.Degrees + (quiet + 1 == axis.Spokes.Count ? 360 : 0)) / 2);
        foreach (var circle in axis.Circles)
        {
            circle.LineColor = Colors.Gray.WithAlpha(0.4);
            circle.LabelAngle = ringLabelAngle;
            circle.LabelStyle.FontSize = 12;
            circle.LabelStyle.ForeColor = ChartBuilder.Muted;
            circle.LabelStyle.BackgroundColor = Colors.White.WithAlpha(0.8);
        }

        for (var i = 0; i < current.Length; i++)
        {
            // The value just outside its point (towards the rim), in the series' colour on white.
            var at = axis.GetCoordinates(Math.Min(current[i], 100) + 7, axis.Spokes[i].Angle);
            var label = ChartBuilder.Label(plot, profile.Blocks[i].Index is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "n/a", at.X, at.Y, 13, currentColor.Darken(0.3), bold: true);
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        }

        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true;
        plot.Axes.SquareUnits();
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 14;
        return ChartBuilder.Finish(plot, options, 900, 760);
    }

    /// <summary>
    /// The gap to the target by block: one horizontal bar per block (framework order, top to bottom) of target index
    /// minus current index in index points (0–100 scale), labelled "+gap (current → target)". A block at or above its
    /// target has a bar of zero or less, in the third series colour (green by default).
    /// </summary>
    /// <param name="gaps">The gap analysis.</param>
    /// <param name="options">Title, colours (first: gaps, third: met) and default size (900 × 520).</param>
    /// <returns>The chart.</returns>
    public static ChartImage GapBars(GapAnalysis gaps, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        options ??= ChartOptions.Default;
        var plot = ChartBuilder.Create(options, $"Gap to {gaps.Target.Name} by block ({gaps.Current.Organisation})");
        var blocks = gaps.Blocks;
        var n = blocks.Length;
        var bars = new List<Bar>(n);
        for (var i = 0; i < n; i++)
        {
            var b = blocks[i];
            var current = b.CurrentIndex is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) : "unrated";
            bars.Add(new Bar
            {
                Position = n - 1 - i,
                Value = b.Gap,
                FillColor = b.Gap > 0 ? options.Series(0) : options.Series(2),
                Orientation = Orientation.Horizontal,
                Label = string.Create(CultureInfo.InvariantCulture, $"{b.Gap:+0.0;-0.0;0} ({current} → {b.TargetIndex:0})"),
                Size = 0.7,
            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 13;
        barPlot.Horizontal = true;
        ChartBuilder.NameTicks(plot.Axes.Left, [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. blocks.Select(b => b.Title)]);
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        var max = Math.Max(10, blocks.Max(b => b.Gap));
        var min = Math.Min(0, blocks.Min(b => b.Gap));
        plot.Axes.SetLimitsX(min - (0.05 * (max - min)), max * 1.35);
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
        plot.Add.VerticalLine(0, 1, ChartBuilder.Muted);
        plot.XLabel("Index points short of target (0–100 scale)", 14);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        return ChartBuilder.Finish(plot, options, 900, 520);
    }

    /// <summary>The spoke index i whose gap to spoke i + 1 has the lowest series values: the ring labels go there.</summary>
    private static int QuietestGap(double[] current, double[]? target)
    {
        var best = 0;
        var bestHeight = double.MaxValue;
        for (var i = 0; i < current.Length; i++)
        {
            var j = (i + 1) % current.Length;
            var height = Math.Max(Math.Max(current[i], current[j]), target is null ? 0 : Math.Max(target[i], target[j]));
            if (height < bestHeight)
            {
                (best, bestHeight) = (i, height);
            }
        }

        return best;
    }
}
