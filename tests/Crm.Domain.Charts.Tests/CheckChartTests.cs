using System.Collections.Immutable;
using Crm.Domain.CustomerValue.Models.Checks;
using ScottPlot;

namespace Crm.Domain.Charts.Tests;

/// <summary>
/// The overloads that take the library's model checks (issue 14) draw the checks' numbers: the hand-made cohort of
/// <see cref="CheckFixtures"/> has counts known from its rules, and the marks sit where those counts put them.
/// </summary>
public class CheckChartTests
{
    private static readonly Color First = Color.FromHex("#1f77b4");
    private static readonly Color White = Colors.White;
    private static readonly IColormap Viridis = new ScottPlot.Colormaps.Viridis();

    public static TheoryData<string> Charts() => new(All().Keys);

    private static Dictionary<string, Func<ChartImage>> All() => new()
    {
        ["check-tracking-cumulative"] = () => CustomerValueCharts.CumulativeTracking(CheckFixtures.TrackingByModel(), 12, "week", null),
        ["check-tracking-weekly"] = () => CustomerValueCharts.PeriodTracking(CheckFixtures.TrackingByModel(), 12, "week", null),
        ["check-period-transactions"] = () => ModelCheckCharts.PeriodTransactions(CheckFixtures.Histogram(), null),
        ["check-calibration-holdout"] = () => ModelCheckCharts.CalibrationVsHoldout(CheckFixtures.Check(), null),
        ["check-frequency-recency"] = () => ModelCheckCharts.FrequencyRecencyHeatmap(CheckFixtures.ExpectedMatrix(), "next 13 weeks", "week", null),
        ["check-p-alive"] = () => ModelCheckCharts.ProbabilityAliveHeatmap(CheckFixtures.AliveMatrix(), "week", null),
        ["check-alive-history"] = () => CustomerValueCharts.AliveHistory(CheckFixtures.Model, [10, 20], 39),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Png_HasTheRequestedSizeAndIsNotBlank(string name)
    {
        using var rendered = new Rendered(All()[name](), 640, 480, name);
        Assert.Equal((640, 480), (rendered.Width, rendered.Height));
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

    [Fact]
    public void CumulativeTracking_ActualLineThroughTheCohortsCounts()
    {
        // Weeks 1–2: no repeat yet; week 3: the first repeat of the 25 repeat buyers; week 5: their second.
        var points = CheckFixtures.Tracking();
        Assert.Equal([0d, 0d, 25d, 25d, 50d], points.Take(5).Select(p => p.ActualCumulative));
        using var r = new Rendered(CustomerValueCharts.CumulativeTracking(CheckFixtures.TrackingByModel(), 12, "week", null), 1000, 560, "mark-check-tracking");
        Assert.True(r.HasNear(3, 25, First), "actual through (3, 25)");
        Assert.True(r.HasNear(5, 50, First), "actual through (5, 50)");
        Assert.True(r.HasNear(18, 5, Rendered.OverWhite(Colors.Gray, 0.15)), "holdout (after week 12) shaded");
    }

    [Fact]
    public void PeriodTransactions_BarsToTheObservedCountsAndTheChiSquareCaption()
    {
        var check = CheckFixtures.Histogram()[0].Value;
        Assert.Equal([5d, 0d, 0d, 5d, 0d, 20d, 0d, 0d], check.Buckets.Select(b => b.Observed));
        var chart = ModelCheckCharts.PeriodTransactions(CheckFixtures.Histogram(), null);
        using var r = new Rendered(chart, 1000, 560, "mark-check-period-transactions");

        // Two series: the actual bar is the left half of each group, centred 0.2 left of the bucket.
        Assert.True(r.HasNear(5 - 0.2, 19, First), "x = 5: actual bar reaches 19");
        Assert.False(r.HasNear(5 - 0.2, 21.5, First, radius: 0), "x = 5: actual bar stops below 21.5");
        Assert.True(r.HasNear(3 - 0.2, 4.5, First), "x = 3: actual bar reaches 4.5");
        var caption = chart.Plot.GetPlottables<ScottPlot.Plottables.Annotation>().Single().Text;
        Assert.StartsWith("BG/NBD: chi-square ", caption, StringComparison.Ordinal);
        Assert.EndsWith(" on 3 df, p < 0.0001", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void CalibrationVsHoldout_MarkersAtTheRowMeansAndTheOpenRowNamed()
    {
        var check = CheckFixtures.Check()[0].Value;
        Assert.Equal(4.25, check.ByFrequency[5].ActualMean, 12);
        var chart = ModelCheckCharts.CalibrationVsHoldout(CheckFixtures.Check(), null);
        using var r = new Rendered(chart, 1000, 560, "mark-check-calibration");
        Assert.True(r.HasNear(5, 4.25, First), "x = 5: actual mean 4.25");
        Assert.True(r.HasNear(3, 0, First), "x = 3: actual mean 0");

        // Rows without customers (1, 2, 4, 6, 7+) are left out: ticks only at 0, 3 and 5.
        var ticks = chart.Plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label);
        Assert.Equal(["0", "3", "5"], ticks);
        Assert.Contains("z = ", chart.Plot.GetPlottables<ScottPlot.Plottables.Annotation>().Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProbabilityAliveHeatmap_OfAModelMatrix_NoRepeatsIsAliveAndHasNoLaterRecency()
    {
        // BG/NBD: a customer without repeat purchases cannot have dropped out (drop-out happens at a purchase): P = 1.
        using var r = new Rendered(ModelCheckCharts.ProbabilityAliveHeatmap(CheckFixtures.AliveMatrix(), "week", null), 1000, 760, "mark-check-p-alive");
        Assert.True(r.HasNear(0, 0, Viridis.GetColor(1)), "x = 0, t_x = 0: P(alive) = 1");
        Assert.True(r.HasNear(20, 0, White, radius: 0), "x = 0, t_x = 20: no such customer, an empty cell");
        Assert.False(r.HasNear(20, 4, White, radius: 0), "x = 4, t_x = 20: drawn");
    }

    [Fact]
    public void AliveHistory_OneBeforeTheFirstRepeatThenTheClosedForm()
    {
        // Before any repeat purchase P(alive) = 1. Just after the first, at t = t_x = 10 with x = 1, BG/NBD's
        // P(alive) = 1 / (1 + a / (b + x − 1) · ((α + T) / (α + t_x))^(r + x)) (Fader, Hardie & Lee 2005) = b / (a + b).
        const double R = 0.243, Alpha = 4.414, A = 0.793, B = 2.426;
        var justAfter = 1 / (1 + (A / B * Math.Pow((Alpha + 10.05) / (Alpha + 10), R + 1)));
        Assert.Equal(0.7528, justAfter, 3);
        using var r = new Rendered(CustomerValueCharts.AliveHistory(CheckFixtures.Model, [10, 20], 39), 1000, 480, "mark-check-alive-history");
        Assert.True(r.HasNear(5, 1, First), "P(alive) = 1 before the first repeat");
        Assert.True(r.HasNear(10.05, justAfter, First), "P(alive) just after the first repeat");
        Assert.False(r.HasNear(15, 1, First, radius: 0), "no longer 1 after a repeat");
    }

    [Fact]
    public void ChecksOfDifferentCustomers_Throw()
    {
        var other = PeriodTransactionsCheck.Of(CheckFixtures.Model, CheckFixtures.Summaries().Summaries.AsSpan()[..10]);
        var checks = CheckFixtures.Histogram().Append(KeyValuePair.Create("other", other)).ToArray();
        var ex = Assert.Throws<ArgumentException>(() => ModelCheckCharts.PeriodTransactions(checks, null));
        Assert.Equal("checks", ex.ParamName);
        Assert.Throws<ArgumentException>(() => CustomerValueCharts.CumulativeTracking([], 12, "week", null));
        Assert.Throws<ArgumentException>(() => ModelCheckCharts.CalibrationVsHoldout([KeyValuePair.Create(" ", CheckFixtures.Check()[0].Value)], null));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValueCharts.AliveHistory(CheckFixtures.Model, [10], 0));
    }

    [Fact]
    public void TrackingOfAnotherCohortOrLength_Throws()
    {
        var points = CheckFixtures.Tracking();
        var shorter = KeyValuePair.Create("short", ImmutableArray.Create(points, 0, 10));
        var ex = Assert.Throws<ArgumentException>(() => CustomerValueCharts.PeriodTracking([.. CheckFixtures.TrackingByModel(), shorter], 12, "week", null));
        Assert.Equal("models", ex.ParamName);
        Assert.Contains("24 tracking points", ex.Message, StringComparison.Ordinal);

        // The same model over half the cohort: other actual counts.
        var data = CheckFixtures.Summaries();
        var half = CheckFixtures.Log().Where(t => t.Customer < 15).ToArray();
        var otherCohort = KeyValuePair.Create("half", TransactionTracking.Of(CheckFixtures.Model, data, half, CheckFixtures.Start, 24));
        ex = Assert.Throws<ArgumentException>(() => CustomerValueCharts.CumulativeTracking([.. CheckFixtures.TrackingByModel(), otherCohort], 12, "week", null));
        Assert.Contains("same cohort", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CustomerValueCharts.CumulativeTracking([KeyValuePair.Create("none", ImmutableArray<TrackingPoint>.Empty)], 0, "week", null));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValueCharts.CumulativeTracking(CheckFixtures.TrackingByModel(), 25, "week", null));
    }
}
