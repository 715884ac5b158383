using ScottPlot;
using SkiaSharp;

namespace Crm.Domain.Charts.Tests;

/// <summary>A chart rendered to PNG, decoded, with the pixel under a data coordinate (ScottPlot's own mapping of the render).</summary>
internal sealed class Rendered : IDisposable
{
    private readonly SKBitmap _bitmap;

    public Rendered(ChartImage chart, int width, int height, string? name = null)
    {
        Chart = chart;
        Png = chart.ToPng(width, height);
        _bitmap = SKBitmap.Decode(Png);
        Save(name);
    }

    public ChartImage Chart { get; }

    public byte[] Png { get; }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    /// <summary>The pixel under data coordinates (x, y) of the default axes.</summary>
    public Pixel PixelOf(double x, double y) => Chart.Plot.GetPixel(new Coordinates(x, y));

    public SKColor At(double x, double y)
    {
        var p = PixelOf(x, y);
        return _bitmap.GetPixel((int)Math.Round(p.X), (int)Math.Round(p.Y));
    }

    public SKColor AtPixel(int x, int y) => _bitmap.GetPixel(x, y);

    /// <summary>True when a pixel within <paramref name="radius"/> of (x, y) has the colour, each channel within the tolerance.</summary>
    public bool HasNear(double x, double y, Color expected, int radius = 2, int tolerance = 12)
    {
        var p = PixelOf(x, y);
        for (var dx = -radius; dx <= radius; dx++)
        {
            for (var dy = -radius; dy <= radius; dy++)
            {
                var px = (int)Math.Round(p.X) + dx;
                var py = (int)Math.Round(p.Y) + dy;
                if (px >= 0 && py >= 0 && px < Width && py < Height && Close(_bitmap.GetPixel(px, py), expected, tolerance))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool Close(SKColor actual, Color expected, int tolerance = 12) =>
        Math.Abs(actual.Red - expected.R) <= tolerance && Math.Abs(actual.Green - expected.G) <= tolerance && Math.Abs(actual.Blue - expected.B) <= tolerance;

    /// <summary>The colour <paramref name="color"/> at <paramref name="alpha"/> over white, as a renderer blends it.</summary>
    public static Color OverWhite(Color color, double alpha) => new(
        (byte)Math.Round((color.R * alpha) + (255 * (1 - alpha))),
        (byte)Math.Round((color.G * alpha) + (255 * (1 - alpha))),
        (byte)Math.Round((color.B * alpha) + (255 * (1 - alpha))));

    public void Dispose() => _bitmap.Dispose();

    /// <summary>With CHARTS_TEST_OUT set, writes the picture there to be looked at.</summary>
    private void Save(string? name)
    {
        var dir = Environment.GetEnvironmentVariable("CHARTS_TEST_OUT");
        if (name is not null && !string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, name + ".png"), Png);
        }
    }
}
