using System.Collections.Immutable;
using System.Globalization;
using Crm.Domain.CustomerValue.Models;
using Crm.Domain.CustomerValue.Models.Checks;
using ScottPlot;

namespace Crm.Domain.Charts;

/// <summary>The customer-value charts drawn straight from the library's checks and models.</summary>
public static partial class CustomerValueCharts
{
    /// <summary>
    /// <see cref="CumulativeTracking(TrackingData, ChartOptions?)"/> of <see cref="TransactionTracking.Of"/> results: the
    /// actual line from the first model's points, one dashed line per model.
    /// </summary>
    /// <param name="models">Each model's name (the legend text) and its tracking points (periods 1, 2, …, n), all of the same cohort and log (same actual counts).</param>
    /// <param name="calibrationPeriods">The number of calibration periods (0 to n): the holdout is shaded after it.</param>
    /// <param name="periodName">The summaries' period, singular, e.g. "week".</param>
    /// <param name="options">Title, colours and size; null: the defaults (1000 × 560).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No model, a blank name, points that are empty or not periods 1 … n, models of different length or actual counts, or <paramref name="calibrationPeriods"/> outside 0 … n.</exception>
    public static ChartImage CumulativeTracking(IReadOnlyList<KeyValuePair<string, ImmutableArray<TrackingPoint>>> models, int calibrationPeriods, string periodName, ChartOptions? options) =>
        CumulativeTracking(ToTrackingData(models, calibrationPeriods, periodName), options);

    /// <summary>
    /// <see cref="PeriodTracking(TrackingData, ChartOptions?)"/> of <see cref="TransactionTracking.Of"/> results: repeat
    /// transactions in each period, actual against each model, the holdout shaded.
    /// </summary>
    /// <param name="models">Each model's name (the legend text) and its tracking points (periods 1, 2, …, n), all of the same cohort and log (same actual counts).</param>
    /// <param name="calibrationPeriods">The number of calibration periods (0 to n): the holdout is shaded after it.</param>
    /// <param name="periodName">The summaries' period, singular, e.g. "week".</param>
    /// <param name="options">Title, colours and size; null: the defaults (1000 × 560).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">As <see cref="CumulativeTracking(IReadOnlyList{KeyValuePair{string, ImmutableArray{TrackingPoint}}}, int, string, ChartOptions?)"/>.</exception>
    public static ChartImage PeriodTracking(IReadOnlyList<KeyValuePair<string, ImmutableArray<TrackingPoint>>> models, int calibrationPeriods, string periodName, ChartOptions? options) =>
        PeriodTracking(ToTrackingData(models, calibrationPeriods, periodName), options);

    /// <summary>
    /// P(alive) over one customer's history (lifetimes' <c>plot_history_alive</c>) from <see cref="Crm.Domain.CustomerValue.Models.Checks.AliveHistory.ProbabilityAlive"/>:
    /// a line from the first purchase (time 0) to <paramref name="age"/> that decays between purchases and steps at each
    /// repeat purchase, which is marked by a dotted vertical line.
    /// </summary>
    /// <typeparam name="TModel">The count model.</typeparam>
    /// <param name="model">The fitted model.</param>
    /// <param name="repeatPurchases">Times of the repeat purchases in periods since the first purchase (finite, ascending, 0 to <paramref name="age"/>).</param>
    /// <param name="age">The end of the line in periods since the first purchase (finite, &gt; 0), e.g. the customer's age T.</param>
    /// <param name="periodName">The period, singular, for the axis title, e.g. "week".</param>
    /// <param name="options">Title, colours and default size (1000 × 480).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">A purchase out of order or after <paramref name="age"/>, or a blank <paramref name="periodName"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="age"/> is not finite and positive, or a purchase is negative or not finite.</exception>
    public static ChartImage AliveHistory<TModel>(in TModel model, IReadOnlyList<double> repeatPurchases, double age, string periodName = "week", ChartOptions? options = null)
        where TModel : struct, ITransactionModel
    {
        var purchases = ChartGuards.Finite(repeatPurchases, nameof(repeatPurchases), allowNegative: false);
        if (!double.IsFinite(age) || age <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, $"age must be a finite number > 0; it was {age}.");
        }

        if (purchases.Any(p => p > age))
        {
            throw new ArgumentException($"repeatPurchases must lie within 0 … age ({age}); the last was {purchases.Max()}.", nameof(repeatPurchases));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(periodName);

        // An even grid, plus each purchase and an instant before it, so that the jump at a purchase is drawn vertical.
        const int Steps = 400;
        var times = Enumerable.Range(0, Steps + 1).Select(i => age * i / Steps)
            .Concat(purchases).Concat(purchases.Where(p => p > 0d).Select(p => p - (age * 1e-6)))
            .Distinct().Order().ToArray();
        var alive = new double[times.Length];
        Crm.Domain.CustomerValue.Models.Checks.AliveHistory.ProbabilityAlive(model, purchases, times, alive);

        options ??= ChartOptions.Default;
        var plot = ChartBuilder.Create(options, "Probability alive over the customer's history");
        foreach (var p in purchases)
        {
            plot.Add.VerticalLine(p, 1.5f, ChartBuilder.Muted, LinePattern.Dotted);
        }

        var line = plot.Add.ScatterLine(times, alive, options.Series(0));
        line.LineWidth = 2.5f;
        plot.XLabel(string.Create(CultureInfo.InvariantCulture, $"{periodName}s since the first purchase ({purchases.Length} repeat purchases, dotted)"), 14);
        plot.YLabel("P(alive)", 14);
        plot.Axes.SetLimits(0, age, 0, 1.05);
        return ChartBuilder.Finish(plot, options, 1000, 480);
    }

    private static TrackingData ToTrackingData(IReadOnlyList<KeyValuePair<string, ImmutableArray<TrackingPoint>>> models, int calibrationPeriods, string periodName)
    {
        var named = ChartGuards.Named(models, nameof(models));
        var first = named[0].Value;
        foreach (var (name, points) in named)
        {
            if (points.IsDefaultOrEmpty || points.Length != first.Length)
            {
                throw new ArgumentException($"models[\"{name}\"] must hold {(first.IsDefaultOrEmpty ? "at least one" : first.Length.ToString(CultureInfo.InvariantCulture))} tracking points, like the first model.", nameof(models));
            }

            for (var i = 0; i < points.Length; i++)
            {
                if (points[i].Period != i + 1 || points[i].ActualCumulative != first[i].ActualCumulative)
                {
                    throw new ArgumentException($"models[\"{name}\"] must be periods 1 … {first.Length} of the same cohort as the first model; point {i} is period {points[i].Period} with actual {points[i].ActualCumulative}.", nameof(models));
                }
            }
        }

        return new TrackingData(
            [.. first.Select(p => p.ActualCumulative)],
            [.. named.Select(m => new ModelSeries(m.Key, [.. m.Value.Select(p => p.ExpectedCumulative)]))],
            calibrationPeriods,
            periodName);
    }
}
