using System.Globalization;
using Crm.Domain.CustomerValue.Models.Checks;

namespace Crm.Domain.Charts;

/// <summary>The model-check charts drawn straight from the library's checks (<see cref="Crm.Domain.CustomerValue.Models.Checks"/>).</summary>
public static partial class ModelCheckCharts
{
    /// <summary>
    /// The calibration-frequency histogram of one or more <see cref="PeriodTransactionsCheck"/>s, drawn as
    /// <see cref="PeriodTransactions(PeriodTransactionsData, ChartOptions?)"/> (buckets 0 … k − 1 and "k+"), with each
    /// model's χ² statistic (written "chi-square"), degrees of freedom and p-value written at the top.
    /// </summary>
    /// <param name="checks">Each model's name (the legend text) and its check, all on the same customers (same buckets, same observed counts).</param>
    /// <param name="options">Title, colours and size; null: the defaults (1000 × 560).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No check, a blank name, a null check, or checks of different customers or bucket counts.</exception>
    public static ChartImage PeriodTransactions(IReadOnlyList<KeyValuePair<string, PeriodTransactionsCheck>> checks, ChartOptions? options)
    {
        var named = ChartGuards.Named(checks, nameof(checks));
        var buckets = named[0].Value.Buckets;
        foreach (var (name, check) in named)
        {
            var other = check.Buckets;
            if (other.Length != buckets.Length || Enumerable.Range(0, buckets.Length).Any(i => other[i].Observed != buckets[i].Observed))
            {
                throw new ArgumentException($"checks must all count the same customers in the same buckets; \"{name}\" differs from \"{named[0].Key}\".", nameof(checks));
            }
        }

        var data = new PeriodTransactionsData(
            [.. buckets.Select(b => Label(b.Frequency, b.IsOpenEnded))],
            [.. buckets.Select(b => b.Observed)],
            [.. named.Select(c => new ModelSeries(c.Key, [.. c.Value.Buckets.Select(b => b.Expected)]))]);
        var caption = string.Join("\n", named.Select(c => string.Create(
            CultureInfo.InvariantCulture,
            $"{c.Key}: chi-square {c.Value.ChiSquare:0.0} on {c.Value.DegreesOfFreedom} df, p {PValue(c.Value.PValue)}")));
        return PeriodTransactions(data, options, caption);
    }

    /// <summary>
    /// Mean holdout transactions by calibration frequency from one or more <see cref="ModelCheck"/>s (their
    /// <see cref="ModelCheck.ByFrequency"/> rows; a row without customers is left out), drawn as
    /// <see cref="CalibrationVsHoldout(CalibrationHoldoutData, ChartOptions?)"/>, with each model's holdout total
    /// against the actual, its relative error and z written at the top.
    /// </summary>
    /// <param name="checks">Each model's name (the legend text) and its check, all on the same summaries (same rows, same customers per row).</param>
    /// <param name="options">Title, colours and size; null: the defaults (1000 × 560).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No check, a blank name, a null check, checks of different summaries, or no row with customers.</exception>
    public static ChartImage CalibrationVsHoldout(IReadOnlyList<KeyValuePair<string, ModelCheck>> checks, ChartOptions? options)
    {
        var named = ChartGuards.Named(checks, nameof(checks));
        var rows = named[0].Value.ByFrequency;
        foreach (var (name, check) in named)
        {
            var other = check.ByFrequency;
            if (other.Length != rows.Length || Enumerable.Range(0, rows.Length).Any(i => other[i].Customers != rows[i].Customers || other[i].ActualMean != rows[i].ActualMean))
            {
                throw new ArgumentException($"checks must all be of the same summaries with the same rows; \"{name}\" differs from \"{named[0].Key}\".", nameof(checks));
            }
        }

        var present = Enumerable.Range(0, rows.Length).Where(i => rows[i].Customers > 0).ToArray();
        ChartGuards.NotEmpty(present.Length, nameof(checks), "row with customers");
        var data = new CalibrationHoldoutData(
            [.. present.Select(i => (double)rows[i].Frequency)],
            [.. present.Select(i => rows[i].ActualMean)],
            [.. named.Select(c => new ModelSeries(c.Key, [.. present.Select(i => c.Value.ByFrequency[i].PredictedMean)]))]);
        var caption = string.Join("\n", named.Select(c => string.Create(
            CultureInfo.InvariantCulture,
            $"{c.Key}: holdout {c.Value.HoldoutPredicted:0} predicted, {c.Value.HoldoutActual:0} actual ({c.Value.HoldoutRelativeError:+0.0%;-0.0%}), z = {c.Value.HoldoutZ:0.0}")));
        return CalibrationVsHoldout(data, options, [.. present.Select(i => Label(rows[i].Frequency, rows[i].IsOpenEnded))], caption);
    }

    /// <summary>
    /// A <see cref="ModelMatrix.ExpectedTransactions"/> matrix drawn as
    /// <see cref="FrequencyRecencyHeatmap(CustomerMatrix, string, ChartOptions?)"/>: rows x = 0 … <see cref="ModelMatrix.MaxFrequency"/>,
    /// columns the matrix's recencies. Frequency 0 has no recency, so its row shows only the first column (t_x = 0).
    /// </summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="horizon">The prediction window the matrix was computed for, for the key, e.g. "next 13 weeks".</param>
    /// <param name="periodName">The summaries' period, singular, for the recency axis, e.g. "week".</param>
    /// <param name="options">Title, colour map and size; null: the defaults (1000 × 760).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">A blank <paramref name="horizon"/> or <paramref name="periodName"/>.</exception>
    public static ChartImage FrequencyRecencyHeatmap(ModelMatrix matrix, string horizon, string periodName, ChartOptions? options) =>
        FrequencyRecencyHeatmap(ToCustomerMatrix(matrix, periodName), horizon, options);

    /// <summary>
    /// A <see cref="ModelMatrix.ProbabilityAlive"/> matrix drawn as
    /// <see cref="ProbabilityAliveHeatmap(CustomerMatrix, ChartOptions?)"/>: rows x = 0 … <see cref="ModelMatrix.MaxFrequency"/>,
    /// columns the matrix's recencies. Frequency 0 has no recency, so its row shows only the first column (t_x = 0).
    /// </summary>
    /// <param name="matrix">The matrix (values in [0, 1]).</param>
    /// <param name="periodName">The summaries' period, singular, for the recency axis, e.g. "week".</param>
    /// <param name="options">Title, colour map and size; null: the defaults (1000 × 760).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">A blank <paramref name="periodName"/>, or a value outside [0, 1].</exception>
    public static ChartImage ProbabilityAliveHeatmap(ModelMatrix matrix, string periodName, ChartOptions? options) =>
        ProbabilityAliveHeatmap(ToCustomerMatrix(matrix, periodName), options);

    private static CustomerMatrix ToCustomerMatrix(ModelMatrix matrix, string periodName)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentException.ThrowIfNullOrWhiteSpace(periodName);
        var columns = matrix.Recencies.Length;
        var values = new double[matrix.MaxFrequency + 1, columns];
        for (var x = 0; x <= matrix.MaxFrequency; x++)
        {
            for (var j = 0; j < columns; j++)
            {
                // The library repeats the t_x = 0 value along row 0; a customer without repeats has no later recency.
                values[x, j] = x == 0 && j > 0 ? double.NaN : matrix[x, j];
            }
        }

        return new CustomerMatrix(values, [.. Enumerable.Range(0, matrix.MaxFrequency + 1).Select(x => (double)x)], [.. matrix.Recencies], periodName);
    }

    // Below 0.0001 the exact tail (often 0 in double precision) says nothing more than "far below any test level".
    private static string PValue(double p) => p < 1e-4 ? "< 0.0001" : "= " + p.ToString("G2", CultureInfo.InvariantCulture);

    private static string Label(int frequency, bool openEnded) =>
        frequency.ToString(CultureInfo.InvariantCulture) + (openEnded ? "+" : string.Empty);
}
