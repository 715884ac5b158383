using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// Customer summaries compressed to distinct (x, t_x, T) rows with summed weights and sorted by x, so that a
/// likelihood's cost grows with distinct rows and its per-x special functions are computed once per x.
/// </summary>
internal sealed class SummaryTable
{
    private SummaryTable(int[] x, double[] recency, double[] age, double[] weight, double totalWeight)
    {
        X = x;
        Recency = recency;
        Age = age;
        Weight = weight;
        TotalWeight = totalWeight;
    }

    public int[] X { get; }

    public double[] Recency { get; }

    public double[] Age { get; }

    public double[] Weight { get; }

    public double TotalWeight { get; }

    public int Count => X.Length;

    /// <summary>Validates and compresses; weights default to 1 each.</summary>
    public static SummaryTable Create(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights)
    {
        CheckShape(customers, weights);
        var rows = new Dictionary<(int, double, double), double>();
        double total = 0d;
        for (int i = 0; i < customers.Length; i++)
        {
            double w = weights.IsEmpty ? 1d : weights[i];
            if (!double.IsFinite(w) || double.IsNegative(w))
            {
                // The parameter name is built only on failure: a million names would cost more than the fit's table.
                Guard.Against.NegativeValue(w, string.Create(CultureInfo.InvariantCulture, $"weights[{i}]"));
            }
            if (w == 0d)
            {
                continue;
            }

            var c = customers[i];
            var key = (c.Frequency, c.Recency, c.Age);
            rows[key] = rows.GetValueOrDefault(key) + w;
            total = Guard.Against.WeightTotalPlus(total, w, nameof(weights));
        }

        if (total <= 0d)
        {
            throw new ArgumentException("weights must not all be zero.", nameof(weights));
        }

        var ordered = rows.OrderBy(r => r.Key.Item1).ThenBy(r => r.Key.Item2).ThenBy(r => r.Key.Item3).ToArray();
        return new SummaryTable(
            ordered.Select(r => r.Key.Item1).ToArray(),
            ordered.Select(r => r.Key.Item2).ToArray(),
            ordered.Select(r => r.Key.Item3).ToArray(),
            ordered.Select(r => r.Value).ToArray(),
            total);
    }

    /// <summary>Checks that there is at least one customer and that the weights are empty or one per customer.</summary>
    public static void CheckShape(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights)
    {
        if (customers.IsEmpty)
        {
            throw new ArgumentException("customers must contain at least one summary; it was empty.", nameof(customers));
        }

        if (!weights.IsEmpty && weights.Length != customers.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weights must be empty or have one entry per customer ({customers.Length}); it had {weights.Length}."), nameof(weights));
        }
    }
}
