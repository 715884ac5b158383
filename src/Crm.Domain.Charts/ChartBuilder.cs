using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>Shared steps of every chart: a plot in the embedded font with the title, and the finished image.</summary>
internal static class ChartBuilder
{
    internal static readonly Color Ink = Color.FromHex("#222222");
    internal static readonly Color Muted = Color.FromHex("#666666");
    internal static readonly Color Good = Color.FromHex("#2ca02c");
    internal static readonly Color Warning = Color.FromHex("#f2b134");
    internal static readonly Color Bad = Color.FromHex("#d62728");

    internal static Plot Create(ChartOptions options, string defaultTitle)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        var title = options.Title ?? defaultTitle;
        if (title.Length > 0)
        {
            plot.Title(title, 17);
        }

        return plot;
    }

    /// <summary>Adds a text label in the embedded font at data coordinates.</summary>
    internal static ScottPlot.Plottables.Text Label(Plot plot, string text, double x, double y, float size = 12, Color? color = null, Alignment alignment = Alignment.MiddleCenter, bool bold = false)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartFonts.FamilyName;
        label.LabelFontSize = size;
        label.LabelFontColor = color ?? Ink;
        label.LabelAlignment = alignment;
        label.LabelBold = bold;
        return label;
    }

    /// <summary>Names ticks on an axis, e.g. block titles on the left axis of a horizontal bar chart.</summary>
    internal static void NameTicks(IAxis axis, double[] positions, string[] labels)
    {
        axis.SetTicks(positions, labels);
        axis.MajorTickStyle.Length = 0;
    }

    internal static ChartImage Finish(Plot plot, ChartOptions options, int defaultWidth, int defaultHeight)
    {
        // Every label that ScottPlot creates (axes, ticks, title, legend, colour bars, radar rings) in the embedded font.
        plot.Font.Set(ChartFonts.FamilyName);
        plot.Legend.FontName = ChartFonts.FamilyName;
        foreach (var panel in plot.Axes.GetPanels())
        {
            if (panel is ScottPlot.Panels.ColorBar bar)
            {
                bar.LabelStyle.FontName = ChartFonts.FamilyName;
                bar.Axis.TickLabelStyle.FontName = ChartFonts.FamilyName;
                bar.Axis.Label.FontName = ChartFonts.FamilyName;
            }
        }

        foreach (var p in plot.GetPlottables())
        {
            switch (p)
            {
                case ScottPlot.Plottables.Text text:
                    text.LabelFontName = ChartFonts.FamilyName;
                    break;
                case ScottPlot.Plottables.BarPlot bars:
                    bars.ValueLabelStyle.FontName = ChartFonts.FamilyName;
                    break;
                case ScottPlot.Plottables.Radar radar:
                    radar.PolarAxis.Spokes.ForEach(s => s.LabelStyle.FontName = ChartFonts.FamilyName);
                    radar.PolarAxis.Circles.ForEach(c => c.LabelStyle.FontName = ChartFonts.FamilyName);
                    break;
            }
        }

        var width = options.Width ?? defaultWidth;
        var height = options.Height ?? defaultHeight;
        if (width is < ChartImage.MinimumSize or > ChartImage.MaximumSize || height is < ChartImage.MinimumSize or > ChartImage.MaximumSize)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"options.Width and options.Height must be {ChartImage.MinimumSize} to {ChartImage.MaximumSize} pixels; they were {width} and {height}.");
        }

        return new ChartImage(plot, width, height);
    }
}
