using ScottPlot;

namespace Crm.Domain.Charts.Tests;

/// <summary>
/// Text is drawn with the embedded DejaVu Sans, not with whatever fonts the machine has (a fresh Debian image has none,
/// and SkiaSharp's Linux build then draws no text at all).
/// </summary>
public class ChartFontTests
{
    [Fact]
    public void FamilyName_ResolvesToTheEmbeddedFonts()
    {
        ChartFonts.EnsureRegistered();
        ChartFonts.EnsureRegistered(); // idempotent: one resolver
        Assert.Single(Fonts.FontResolvers, r => r.CreateTypeface(ChartFonts.FamilyName, false, false) is not null);
        var regular = Fonts.GetTypeface(ChartFonts.FamilyName, bold: false, italic: false);
        var bold = Fonts.GetTypeface(ChartFonts.FamilyName, bold: true, italic: false);
        Assert.Equal("DejaVu Sans", regular.FamilyName);
        Assert.Equal("DejaVu Sans", bold.FamilyName);
        Assert.True(bold.FontStyle.Weight >= 700, $"bold weight {bold.FontStyle.Weight}");
        Assert.True(regular.FontStyle.Weight <= 400, $"regular weight {regular.FontStyle.Weight}");

        // The subset has the glyphs the charts write: ≥ ≤ → – · € and Latin-1 letters.
        foreach (var ch in "≥≤→–·€éü%")
        {
            Assert.True(regular.ContainsGlyph(ch), $"no glyph for '{ch}'");
        }
    }

    [Fact]
    public void EveryLabelOfAChartUsesTheEmbeddedFont()
    {
        var chart = MaturityCharts.Radar(Fixtures.Profile(), Fixtures.Target());
        var plot = chart.Plot;
        Assert.Equal(ChartFonts.FamilyName, plot.Axes.Title.Label.FontName);
        Assert.Equal(ChartFonts.FamilyName, plot.Legend.FontName);
        var radar = plot.GetPlottables<ScottPlot.Plottables.Radar>().Single();
        Assert.All(radar.PolarAxis.Spokes, s => Assert.Equal(ChartFonts.FamilyName, s.LabelStyle.FontName));
        Assert.All(radar.PolarAxis.Circles, c => Assert.Equal(ChartFonts.FamilyName, c.LabelStyle.FontName));
        Assert.All(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => Assert.Equal(ChartFonts.FamilyName, t.LabelFontName));
    }

    [Fact]
    public void TheTitleIsDrawn()
    {
        // The title strip (top 30 px) of a funnel has dark text pixels.
        using var r = new Rendered(AcquisitionCharts.Funnel(Fixtures.Funnel(), new ChartOptions { Title = "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW" }), 600, 300);
        var dark = 0;
        for (var x = 0; x < r.Width; x++)
        {
            for (var y = 0; y < 30; y++)
            {
                dark += r.AtPixel(x, y).Red < 100 ? 1 : 0;
            }
        }

        Assert.True(dark > 200, $"only {dark} dark pixels in the title strip");
    }
}
