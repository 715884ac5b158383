using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>
/// A finished chart: render it as PNG bytes or SVG text at any size, or save it to a file. Every chart entry of this
/// package (<see cref="MaturityCharts"/>, <see cref="CustomerValueCharts"/>, …) returns one.
/// </summary>
/// <remarks>
/// The size is chosen at render time: the layout (margins, tick spacing, legend) follows it, so render at the size you
/// show rather than scaling a bitmap. Renders of one instance are serialised by a lock, so an instance may be shared
/// between threads; <see cref="Plot"/> itself is not thread-safe and should only be changed before sharing.
/// </remarks>
public sealed class ChartImage
{
    /// <summary>The smallest width or height accepted, in pixels.</summary>
    public const int MinimumSize = 50;

    /// <summary>The largest width or height accepted, in pixels (a 8192 × 8192 PNG is about 256 MB in memory).</summary>
    public const int MaximumSize = 8192;

    internal ChartImage(Plot plot, int defaultWidth, int defaultHeight)
    {
        Plot = plot;
        DefaultWidth = defaultWidth;
        DefaultHeight = defaultHeight;
    }

    /// <summary>
    /// The ScottPlot plot behind the chart, for changes this package offers no option for (fonts, extra annotations).
    /// Changes show in the next render.
    /// </summary>
    public Plot Plot { get; }

    /// <summary>The width, in pixels, the chart was laid out for; used by the overloads without a size.</summary>
    public int DefaultWidth { get; }

    /// <summary>The height, in pixels, the chart was laid out for; used by the overloads without a size.</summary>
    public int DefaultHeight { get; }

    /// <summary>Renders the chart as a PNG image of <see cref="DefaultWidth"/> × <see cref="DefaultHeight"/> pixels.</summary>
    /// <returns>The PNG file's bytes.</returns>
    public byte[] ToPng() => ToPng(DefaultWidth, DefaultHeight);

    /// <summary>Renders the chart as a PNG image of the given size.</summary>
    /// <param name="width">Width in pixels, <see cref="MinimumSize"/> to <see cref="MaximumSize"/>.</param>
    /// <param name="height">Height in pixels, <see cref="MinimumSize"/> to <see cref="MaximumSize"/>.</param>
    /// <returns>The PNG file's bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size outside the allowed range.</exception>
    public byte[] ToPng(int width, int height)
    {
        CheckSize(width, height);
        lock (Plot.Sync)
        {
            return Plot.GetImageBytes(width, height, ImageFormat.Png);
        }
    }

    /// <summary>Renders the chart as an SVG document of <see cref="DefaultWidth"/> × <see cref="DefaultHeight"/> pixels.</summary>
    /// <returns>The SVG document's text.</returns>
    public string ToSvg() => ToSvg(DefaultWidth, DefaultHeight);

    /// <summary>Renders the chart as an SVG document of the given size.</summary>
    /// <param name="width">Width in pixels, <see cref="MinimumSize"/> to <see cref="MaximumSize"/>.</param>
    /// <param name="height">Height in pixels, <see cref="MinimumSize"/> to <see cref="MaximumSize"/>.</param>
    /// <returns>The SVG document's text. Text is written as SVG text in the embedded font's family ("DejaVu Sans"); a
    /// viewer without it substitutes its own sans-serif font.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size outside the allowed range.</exception>
    public string ToSvg(int width, int height)
    {
        CheckSize(width, height);
        lock (Plot.Sync)
        {
            return Plot.GetSvgXml(width, height);
        }
    }

    /// <summary>Writes the chart as a PNG file (created or overwritten); the folder must exist.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="width">Width in pixels; <see cref="DefaultWidth"/> when null.</param>
    /// <param name="height">Height in pixels; <see cref="DefaultHeight"/> when null.</param>
    public void SavePng(string path, int? width = null, int? height = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllBytes(path, ToPng(width ?? DefaultWidth, height ?? DefaultHeight));
    }

    /// <summary>Writes the chart as an SVG file (UTF-8, created or overwritten); the folder must exist.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="width">Width in pixels; <see cref="DefaultWidth"/> when null.</param>
    /// <param name="height">Height in pixels; <see cref="DefaultHeight"/> when null.</param>
    public void SaveSvg(string path, int? width = null, int? height = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, ToSvg(width ?? DefaultWidth, height ?? DefaultHeight));
    }

    private static void CheckSize(int width, int height)
    {
        if (width is < MinimumSize or > MaximumSize)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, $"width must be {MinimumSize} to {MaximumSize} pixels; it was {width}.");
        }

        if (height is < MinimumSize or > MaximumSize)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, $"height must be {MinimumSize} to {MaximumSize} pixels; it was {height}.");
        }
    }
}
