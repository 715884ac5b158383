using Crm.Domain.Competencies;
using ScottPlot;

namespace Crm.Domain.Charts.Tests;

/// <summary>
/// Charts of known data have their marks where the data puts them: the pixel under a data coordinate (ScottPlot's own
/// coordinate-to-pixel mapping of the render) has the expected colour. Colours are the documented defaults: Tableau 10
/// (#1f77b4, #ff7f0e, #2ca02c) for series, viridis for heat maps.
/// </summary>
public class ChartMarkTests
{
    private static readonly Color First = Color.FromHex("#1f77b4");
    private static readonly Color Second = Color.FromHex("#ff7f0e");
    private static readonly Color Third = Color.FromHex("#2ca02c");
    private static readonly Color White = Colors.White;
    private static readonly Color Ink = Color.FromHex("#222222");
    private static readonly IColormap Viridis = new ScottPlot.Colormaps.Viridis();

    [Fact]
    public void GapBars_EachBlocksBarEndsAtItsGap()
    {
        // Every criterion at "defined" (index 50) against "managed" (75): a gap of 25 in all eight blocks.
        using var r = new Rendered(MaturityCharts.GapBars(GapAnalysis.Of(Fixtures.Profile(3), Fixtures.Target(4))), 900, 520, "mark-gap-bars");
        for (var row = 0; row < 8; row++)
        {
            Assert.True(r.HasNear(12.5, row, First), $"row {row}: no bar at 12.5");
            Assert.True(r.HasNear(24, row, First), $"row {row}: bar shorter than 24");
            Assert.False(r.HasNear(12.5, row + 0.5, First, radius: 0), $"row {row}: bar thicker than its slot");
        }
    }

    [Fact]
    public void Radar_FillsTheCurrentPolygonAndNothingOutside()
    {
        // Index 50 on every spoke: inside at radius 37 (between the rings of 25 and 50), outside at 62.
        var chart = MaturityCharts.Radar(Fixtures.Profile(3));
        using var r = new Rendered(chart, 800, 700, "mark-radar");
        var radar = chart.Plot.GetPlottables<ScottPlot.Plottables.Radar>().Single();
        var spokes = radar.PolarAxis.Spokes;
        var angle = Angle.FromDegrees((spokes[2].Angle.Degrees + spokes[3].Angle.Degrees) / 2);
        var inside = radar.PolarAxis.GetCoordinates(37, angle);
        var outside = radar.PolarAxis.GetCoordinates(62, angle);
        var edge = radar.PolarAxis.GetCoordinates(50, spokes[2].Angle);
        Assert.True(r.HasNear(inside.X, inside.Y, Rendered.OverWhite(First, 0.25)), "no fill inside the polygon");
        Assert.True(r.HasNear(outside.X, outside.Y, White, radius: 0), "fill outside the polygon");
        Assert.True(r.HasNear(edge.X, edge.Y, First, radius: 2), "no outline at the vertex");
    }

    [Fact]
    public void CohortHeatmap_CellColourIsItsRetentionOnTheKey()
    {
        // 2026-01 (top row): 40 % in month 3; the key runs from 20 % to 80 % (the lowest and highest after month 0):
        // viridis((40 - 20) / 60).
        // 2026-03 (bottom row) has not reached month 4: an empty, white cell.
        using var r = new Rendered(RetentionCharts.CohortHeatmap(Fixtures.Cohorts(), 4), 1000, 400, "mark-cohorts");
        Assert.True(r.HasNear(3 - 0.35, 2 + 0.35, Viridis.GetColor(1 / 3d)), "2026-01, month 3");
        Assert.True(r.HasNear(4 - 0.35, 2 + 0.35, Viridis.GetColor(0)), "2026-01, month 4 (20 %)");
        Assert.True(r.HasNear(1 - 0.35, 0 + 0.35, Viridis.GetColor(1)), "2026-03, month 1 (80 %)");
        Assert.True(r.HasNear(4 - 0.35, 0 + 0.35, White, radius: 0), "2026-03, month 4 is empty");
    }

    [Fact]
    public void CumulativeTracking_LinesThroughTheirValuesAndTheHoldoutShaded()
    {
        using var r = new Rendered(CustomerValueCharts.CumulativeTracking(Fixtures.Tracking()), 1000, 560, "mark-tracking");
        Assert.True(r.HasNear(5, 50, First), "actual line through (5, 50)");
        Assert.True(r.HasNear(3, 27, Second, radius: 3) || r.HasNear(4, 36, Second, radius: 3), "BG/NBD line through (3, 27) or (4, 36)");
        Assert.True(r.HasNear(8.25, 22.5, Rendered.OverWhite(Colors.Gray, 0.15)), "holdout (after week 6) shaded");
        Assert.True(r.HasNear(3.25, 82.5, White), "calibration not shaded");
    }

    [Fact]
    public void PeriodTracking_DrawsTheDifferences()
    {
        // 10 a week actual, 9 a week BG/NBD: flat lines at 10 and 9.
        using var r = new Rendered(CustomerValueCharts.PeriodTracking(Fixtures.Tracking()), 1000, 560, "mark-tracking-weekly");
        Assert.True(r.HasNear(4, 10, First), "actual at 10 per week");
        Assert.True(r.HasNear(7, 10, First), "actual at 10 per week in the holdout");
    }

    [Fact]
    public void Bullet_BandsValueAndTargetAtTheirScalePositions()
    {
        // Renewal (top row, y = 2): at least 80, at risk from 60, value 40. Scale 0 … 1.15 × 80 = 92 onto 0 … 100.
        // Resolution hours (y = 1): at most 8, at risk up to 12, value 6. Scale 0 … 1.15 × 12 = 13.8.
        using var r = new Rendered(ScorecardCharts.Bullet(Fixtures.Scorecard()), 1000, 330, "mark-bullet");
        static double Renewal(double v) => v / 92 * 100;
        static double Hours(double v) => v / 13.8 * 100;
        Assert.True(r.HasNear(Renewal(30), 2.25, ScorecardCharts.MissedBand), "renewal missed band");
        Assert.True(r.HasNear(Renewal(70), 2.25, ScorecardCharts.AtRiskBand), "renewal at-risk band");
        Assert.True(r.HasNear(Renewal(88), 2.25, ScorecardCharts.MetBand), "renewal met band");
        Assert.True(r.HasNear(Renewal(20), 2, Ink), "renewal value bar");
        Assert.True(r.HasNear(Renewal(80), 2.25, Ink), "renewal target tick");
        Assert.True(r.HasNear(Renewal(50), 2, ScorecardCharts.MissedBand), "renewal value bar ends before 50");
        Assert.True(r.HasNear(Hours(4), 1.25, ScorecardCharts.MetBand), "hours met band on the left");
        Assert.True(r.HasNear(Hours(13), 1.25, ScorecardCharts.MissedBand), "hours missed band on the right");
    }

    [Fact]
    public void Funnel_BarsAsWideAsTheStage()
    {
        // Suspect (top, y = 4): 1,000 leads, a bar from -500 to 500; Won (y = 0): 40 leads, -20 to 20, in green.
        using var r = new Rendered(AcquisitionCharts.Funnel(Fixtures.Funnel()), 900, 520, "mark-funnel");
        Assert.True(r.HasNear(300, 4, First), "suspect bar at 300");
        Assert.True(r.HasNear(-480, 4, First), "suspect bar at -480");
        Assert.True(r.HasNear(10, 0.3, Third), "won bar");
        Assert.True(r.HasNear(300, 0, White, radius: 0), "nothing beside the won bar");
    }

    [Fact]
    public void Lifts_PointAtTheUpliftColouredBySignificance()
    {
        // loyal (y = 1): 12 % vs 5 %, +7 pp, significant; new (y = 0): 5.2 % vs 5 %, +0.2 pp, not.
        using var r = new Rendered(CampaignCharts.Lifts(Fixtures.Lifts()), 900, 220, "mark-lift");
        Assert.True(r.HasNear(7, 1, First), "loyal at +7 pp");
        Assert.True(r.HasNear(0.2, 0, Colors.Gray), "new at +0.2 pp in grey");
    }

    [Fact]
    public void PeriodTransactions_GroupedBarsToTheirCounts()
    {
        // Bucket 0: actual 500 (left half of the group), BG/NBD 480 (right half).
        using var r = new Rendered(ModelCheckCharts.PeriodTransactions(Fixtures.PeriodTransactions()), 1000, 560, "mark-period-transactions");
        Assert.True(r.HasNear(-0.2, 490, First), "actual bar reaches 490");
        Assert.True(r.HasNear(0.2, 470, Second), "model bar reaches 470");
        Assert.False(r.HasNear(0.2, 490, Second, radius: 0), "model bar stops below 490");
    }

    [Fact]
    public void CalibrationVsHoldout_MarkersAtTheMeans()
    {
        using var r = new Rendered(ModelCheckCharts.CalibrationVsHoldout(Fixtures.CalibrationHoldout()), 1000, 560, "mark-calibration");
        Assert.True(r.HasNear(2, 1.1, First), "actual at (2, 1.1)");
        Assert.True(r.HasNear(3, 1.6, Second), "model at (3, 1.6)");
    }

    [Fact]
    public void ProbabilityAliveHeatmap_FrequencyAscendsUpwards()
    {
        // Values (f + 1)(r + 1) / 12: bottom-right (f = 0, recency 30) 4/12; top-right (f = 2) 12/12.
        using var r = new Rendered(ModelCheckCharts.ProbabilityAliveHeatmap(Fixtures.Matrix()), 1000, 760, "mark-p-alive");
        Assert.True(r.HasNear(3 - 0.35, 0 + 0.35, Viridis.GetColor(4 / 12d)), "f = 0, last column");
        Assert.True(r.HasNear(3 - 0.35, 2 + 0.35, Viridis.GetColor(1)), "f = 2, last column");
        Assert.True(r.HasNear(0 - 0.35, 0 + 0.35, Viridis.GetColor(1 / 12d)), "f = 0, first column");
    }
}
