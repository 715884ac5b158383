using System.Globalization;
using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>The heat map shared by the cohort and customer-matrix charts: cells, a colour key, optional cell values.</summary>
internal static class Heatmaps
{
    /// <summary>
    /// Draws <paramref name="values"/> (row 0 at the top; NaN: an empty cell) with cell (r, c) centred at x = c,
    /// y = rows − 1 − r, a colour key on the right over [min, max] (values outside take the end colours), and each
    /// cell's text in black or white, whichever reads better on its colour.
    /// </summary>
    internal static ScottPlot.Plottables.Heatmap Add(Plot plot, double[,] values, IColormap colormap, double min, double max, string keyLabel, Func<double, string>? cellText, float textSize = 11)
    {
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = colormap;
        heatmap.ManualRange = new ScottPlot.Range(min, max);
        heatmap.Rectangle = new CoordinateRect(-0.5, columns - 0.5, -0.5, rows - 0.5);
        heatmap.NaNCellColor = Colors.Transparent;
        var key = plot.Add.ColorBar(heatmap, Edge.Right);
        key.Label = keyLabel;
        key.LabelStyle.FontSize = 13;
        if (cellText is not null)
        {
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    var v = values[r, c];
                    if (double.IsNaN(v))
                    {
                        continue;
                    }

                    var fill = colormap.GetColor(Math.Clamp((v - min) / (max - min), 0d, 1d));
                    var ink = Luminance(fill) > 0.45 ? Colors.Black : Colors.White;
                    ChartBuilder.Label(plot, cellText(v), c, rows - 1 - r, textSize, ink);
                }
            }
        }

        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.Grid.IsVisible = false;
        return heatmap;
    }

    /// <summary>Relative luminance (sRGB, 0–1) of a colour: decides black or white text on it.</summary>
    internal static double Luminance(Color color)
    {
        static double Linear(byte channel)
        {
            var c = channel / 255d;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Linear(color.R)) + (0.7152 * Linear(color.G)) + (0.0722 * Linear(color.B));
    }

    /// <summary>Tick positions 0, step, 2·step … below <paramref name="count"/>, labelled by <paramref name="label"/>.</summary>
    internal static (double[] Positions, string[] Labels) Ticks(int count, Func<int, string> label, int maxTicks = 16)
    {
        var step = Math.Max(1, (int)Math.Ceiling(count / (double)maxTicks));
        var indices = Enumerable.Range(0, count).Where(i => i % step == 0).ToArray();
        return ([.. indices.Select(i => (double)i)], [.. indices.Select(label)]);
    }

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
