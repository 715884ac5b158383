using Crm.Domain.Metrics.Scorecards;
using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>Charts of KPI scorecards.</summary>
public static class ScorecardCharts
{
    /// <summary>The light red of the "missed" band of <see cref="Bullet"/>.</summary>
    public static readonly Color MissedBand = Color.FromHex("#f4c7c3");

    /// <summary>The light amber of the "at risk" band of <see cref="Bullet"/>.</summary>
    public static readonly Color AtRiskBand = Color.FromHex("#fce8b2");

    /// <summary>The light green of the "met" band of <see cref="Bullet"/>.</summary>
    public static readonly Color MetBand = Color.FromHex("#b7e1cd");

    /// <summary>
    /// The scorecard as a bullet chart (Few 2006): one row per KPI in scorecard order. Each row has its own scale
    /// (KPIs have different units): from min(0, value, threshold, target) to 1.15 × max(value, threshold, target),
    /// drawn from x = 0 to x = 100. The background bands are the KPI's missed, at-risk and met ranges (for a
    /// lower-is-better KPI the met band is on the left), the dark bar is the value, the dark tick the target; the
    /// value, its status and the target (as "target ≥ 80 %, missed &lt; 70 %") are written beside the row. A KPI without data has its bands and "no data".
    /// </summary>
    /// <param name="report">The evaluated scorecard.</param>
    /// <param name="options">Title, default size (1000 × 150 + 56 px per KPI); series colours are not used.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The report has no KPI.</exception>
    public static ChartImage Bullet(ScorecardReport report, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ChartGuards.NotEmpty(report.Outcomes.Length, nameof(report), "KPI");
        options ??= ChartOptions.Default;
        var plot = ChartBuilder.Create(options, $"{report.ScorecardName}: KPIs against target");
        var n = report.Outcomes.Length;
        for (var i = 0; i < n; i++)
        {
            var outcome = report.Outcomes[i];
            var y = n - 1 - i;
            var scale = Scale.Of(outcome);
            var target = outcome.Kpi.Target;
            var (left, middle, right) = target.Direction == KpiDirection.LowerIsBetter ? (MetBand, AtRiskBand, MissedBand) : (MissedBand, AtRiskBand, MetBand);
            var first = Math.Min(target.Target, target.AtRiskThreshold);
            var second = Math.Max(target.Target, target.AtRiskThreshold);
            Band(plot, scale.Map(scale.Low), scale.Map(first), y, 0.36, left);
            Band(plot, scale.Map(first), scale.Map(second), y, 0.36, middle);
            Band(plot, scale.Map(second), 100, y, 0.36, right);
            if (outcome.Value.Value is { } v)
            {
                Band(plot, scale.Map(Math.Max(scale.Low, Math.Min(0, v))), scale.Map(v), y, 0.12, ChartBuilder.Ink);
            }

            var t = scale.Map(target.Target);
            Band(plot, t - 0.4, t + 0.4, y, 0.3, ChartBuilder.Ink);
            var higher = target.Direction != KpiDirection.LowerIsBetter;
            var goal = $"target {(higher ? "≥" : "≤")} {outcome.Kpi.Format(target.Target)}, missed {(higher ? "<" : ">")} {outcome.Kpi.Format(target.AtRiskThreshold)}";
            var text = outcome.Status == KpiStatus.NoData ? $"no data · {goal}" : $"{outcome.FormattedValue} · {Words.Of(outcome.Status).ToLowerInvariant()} · {goal}";
            ChartBuilder.Label(plot, text, 102, y, 13,
                outcome.Status == KpiStatus.Missed ? ChartBuilder.Bad : ChartBuilder.Ink, Alignment.MiddleLeft);
        }

        ChartBuilder.NameTicks(plot.Axes.Left, [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. report.Outcomes.Select(o => o.Kpi.Name)]);
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.SetLimitsX(0, 200);
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
        plot.HideGrid();
        plot.Legend.ManualItems.AddRange(
        [
            new LegendItem { LabelText = "missed", FillColor = MissedBand },
            new LegendItem { LabelText = "at risk", FillColor = AtRiskBand },
            new LegendItem { LabelText = "met", FillColor = MetBand },
            new LegendItem { LabelText = "value", FillColor = ChartBuilder.Ink },
            new LegendItem { LabelText = "target", LineColor = ChartBuilder.Ink, LineWidth = 3 },
        ]);
        plot.ShowLegend(Edge.Bottom);
        return ChartBuilder.Finish(plot, options, 1000, 150 + (56 * n));
    }

    private static void Band(Plot plot, double x1, double x2, double y, double halfHeight, Color color)
    {
        if (x2 <= x1)
        {
            return;
        }

        var r = plot.Add.Rectangle(x1, x2, y - halfHeight, y + halfHeight);
        r.FillColor = color;
        r.LineWidth = 0;
    }

    /// <summary>One KPI row's scale: [Low, High] in the KPI's unit onto [0, 100].</summary>
    internal readonly record struct Scale(double Low, double High)
    {
        internal static Scale Of(KpiOutcome outcome)
        {
            var t = outcome.Kpi.Target;
            var value = outcome.Value.Value ?? t.Target;
            var low = Math.Min(0, Math.Min(value, Math.Min(t.Target, t.AtRiskThreshold)));
            var high = 1.15 * Math.Max(value, Math.Max(t.Target, t.AtRiskThreshold));
            return new Scale(low, high > low ? high : low + 1);
        }

        internal double Map(double value) => (value - Low) / (High - Low) * 100;
    }
}
