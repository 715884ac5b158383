using System.Text;
using System.Xml.Linq;
using Crm.Domain.Competencies;

namespace Crm.Domain.Charts.Tests;

/// <summary>Every chart renders to a PNG of the requested size and to SVG.</summary>
public class ChartRenderTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> Charts() => new(All().Keys);

    private static Dictionary<string, Func<ChartImage>> All() => new()
    {
        ["radar"] = () => MaturityCharts.Radar(Fixtures.Profile(), Fixtures.Target()),
        ["gap-bars"] = () => MaturityCharts.GapBars(GapAnalysis.Of(Fixtures.Profile(), Fixtures.Target())),
        ["tracking-cumulative"] = () => CustomerValueCharts.CumulativeTracking(Fixtures.Tracking()),
        ["tracking-weekly"] = () => CustomerValueCharts.PeriodTracking(Fixtures.Tracking()),
        ["period-transactions"] = () => ModelCheckCharts.PeriodTransactions(Fixtures.PeriodTransactions()),
        ["calibration-holdout"] = () => ModelCheckCharts.CalibrationVsHoldout(Fixtures.CalibrationHoldout()),
        ["frequency-recency"] = () => ModelCheckCharts.FrequencyRecencyHeatmap(Fixtures.Matrix(), "next 52 weeks"),
        ["p-alive"] = () => ModelCheckCharts.ProbabilityAliveHeatmap(Fixtures.Matrix()),
        ["cohort-heatmap"] = () => RetentionCharts.CohortHeatmap(Fixtures.Cohorts(), 4),
        ["funnel"] = () => AcquisitionCharts.Funnel(Fixtures.Funnel()),
        ["lift"] = () => CampaignCharts.Lifts(Fixtures.Lifts()),
        ["bullet"] = () => ScorecardCharts.Bullet(Fixtures.Scorecard()),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Png_HasTheRequestedSizeAndIsNotBlank(string name)
    {
        var chart = All()[name]();
        using var rendered = new Rendered(chart, 640, 480, name);
        Assert.Equal(PngSignature, rendered.Png.Take(8));
        Assert.Equal((640, 480), (rendered.Width, rendered.Height));

        // Not one flat colour: at least 1 % of the pixels differ from the top-left corner's.
        var corner = rendered.AtPixel(0, 0);
        var differing = 0;
        for (var x = 0; x < rendered.Width; x += 4)
        {
            for (var y = 0; y < rendered.Height; y += 4)
            {
                differing += rendered.AtPixel(x, y) != corner ? 1 : 0;
            }
        }

        Assert.True(differing > (rendered.Width / 4) * (rendered.Height / 4) / 100, $"{name}: only {differing} sampled pixels differ from the background");
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void DefaultSize_IsTheChartsOwnAndRendersAtIt(string name)
    {
        var chart = All()[name]();
        using var rendered = new Rendered(chart, chart.DefaultWidth, chart.DefaultHeight, name + "-default");
        Assert.Equal((chart.DefaultWidth, chart.DefaultHeight), (rendered.Width, rendered.Height));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Svg_IsAnSvgDocumentOfTheRequestedSizeWithText(string name)
    {
        var svg = XDocument.Parse(All()[name]().ToSvg(800, 600));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal("800", (string?)svg.Root.Attribute("width"));
        Assert.Equal("600", (string?)svg.Root.Attribute("height"));
        Assert.NotEmpty(svg.Descendants(ns + "text"));
    }

    [Fact]
    public void SavePngAndSvg_WriteTheRenderedFiles()
    {
        var chart = AcquisitionCharts.Funnel(Fixtures.Funnel());
        var dir = Directory.CreateTempSubdirectory("crm-charts-");
        try
        {
            var png = Path.Combine(dir.FullName, "funnel.png");
            var svg = Path.Combine(dir.FullName, "funnel.svg");
            chart.SavePng(png, 300, 200);
            chart.SaveSvg(svg);
            Assert.Equal(PngSignature, File.ReadAllBytes(png).Take(8));
            Assert.Contains($"width=\"{chart.DefaultWidth}\"", File.ReadAllText(svg, Encoding.UTF8), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Png_IsTheSameOnEveryRender()
    {
        var chart = RetentionCharts.CohortHeatmap(Fixtures.Cohorts(), 4);
        Assert.Equal(chart.ToPng(500, 300), chart.ToPng(500, 300));
    }

    [Theory]
    [InlineData(49, 100)]
    [InlineData(100, 49)]
    [InlineData(8193, 100)]
    [InlineData(100, 8193)]
    public void Render_SizeOutOfRange_Throws(int width, int height)
    {
        var chart = AcquisitionCharts.Funnel(Fixtures.Funnel());
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => chart.ToPng(width, height));
        Assert.Equal(width is < 50 or > 8192 ? "width" : "height", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.ToSvg(width, height));
    }

    [Fact]
    public void Options_TitleAndSizeAreUsed()
    {
        var chart = AcquisitionCharts.Funnel(Fixtures.Funnel(), new ChartOptions { Title = "My funnel", Width = 321, Height = 123 });
        Assert.Equal((321, 123), (chart.DefaultWidth, chart.DefaultHeight));
        Assert.Contains("My funnel", chart.ToSvg(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionCharts.Funnel(Fixtures.Funnel(), new ChartOptions { Width = 10 }));
    }
}
