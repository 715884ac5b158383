using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>
/// What a caller may change about a chart: its title and its colours. Every chart entry takes one (null: the defaults).
/// </summary>
/// <remarks>Immutable; <c>new ChartOptions()</c> equals <see cref="Default"/>.</remarks>
public sealed record ChartOptions
{
    /// <summary>The defaults: each chart's own title, the Tableau 10 colours, the viridis colour map.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>The chart's title; null: the chart's own title (which names the data); empty: no title.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Colours of the data series in order (first: the current or actual series, second: the target or first model,
    /// and so on; a chart with more series than colours starts again). Null or empty: the Tableau 10 colours.
    /// </summary>
    public IReadOnlyList<Color>? SeriesColors { get; init; }

    /// <summary>The colour map of heat maps (low to high); null: viridis (perceptually uniform, readable in grey).</summary>
    public IColormap? Colormap { get; init; }

    /// <summary>The chart's width in pixels when rendered without a size; null: the chart's own default.</summary>
    public int? Width { get; init; }

    /// <summary>The chart's height in pixels when rendered without a size; null: the chart's own default.</summary>
    public int? Height { get; init; }

    internal Color Series(int index)
    {
        var colors = SeriesColors is { Count: > 0 } c ? c : Palette;
        return colors[index % colors.Count];
    }

    internal IColormap HeatColormap => Colormap ?? new ScottPlot.Colormaps.Viridis();

    private static readonly Color[] Palette = new ScottPlot.Palettes.Category10().Colors;
}
