using System.Globalization;
using Crm.Domain.Charts;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Summaries;

namespace Crm.Samples.CustomerValue;

/// <summary>
/// The data behind the model-check pictures, computed here from the models' public methods until the library's own
/// model checks (issue 14) provide it.
/// </summary>
public static class ModelChecks
{
    /// <summary>Customers per calibration repeat-transaction count (0 … buckets − 2, then "buckets − 1 +"): actual, and Σ P(X(T_i) = n) per model.</summary>
    public static PeriodTransactionsData PeriodTransactions(CustomerSummary[] customers, int buckets, params (string Name, Func<int, double, double> ProbabilityOf)[] models)
    {
        var actual = new double[buckets];
        foreach (var c in customers)
        {
            actual[Math.Min(c.Frequency, buckets - 1)]++;
        }

        var expected = models.Select(m =>
        {
            var values = new double[buckets];
            foreach (var c in customers)
            {
                var below = 0d;
                for (var n = 0; n < buckets - 1; n++)
                {
                    var p = m.ProbabilityOf(n, c.Age);
                    values[n] += p;
                    below += p;
                }

                values[buckets - 1] += Math.Max(0d, 1d - below);
            }

            return new ModelSeries(m.Name, values);
        }).ToArray();
        var labels = Enumerable.Range(0, buckets).Select(n => n == buckets - 1 ? $"{n}+" : n.ToString(CultureInfo.InvariantCulture)).ToArray();
        return new PeriodTransactionsData(labels, actual, expected);
    }

    /// <summary>Mean holdout repeat transactions by calibration repeat transactions (0 … groups − 1, the last group "or more"): actual and E[X(holdout) | history] per model.</summary>
    public static CalibrationHoldoutData CalibrationVsHoldout<TCustomer>(CustomerSummaries<TCustomer> summaries, double holdoutLength, int groups, params (string Name, Func<CustomerSummary, double, double> Expected)[] models)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        var count = new double[groups];
        var actual = new double[groups];
        var predicted = models.Select(_ => new double[groups]).ToArray();
        foreach (var row in summaries.Rows)
        {
            var g = Math.Min(row.Summary.Frequency, groups - 1);
            count[g]++;
            actual[g] += row.HoldoutFrequency;
            for (var m = 0; m < models.Length; m++)
            {
                predicted[m][g] += models[m].Expected(row.Summary, holdoutLength);
            }
        }

        var present = Enumerable.Range(0, groups).Where(g => count[g] > 0).ToArray();
        return new CalibrationHoldoutData(
            [.. present.Select(g => (double)g)],
            [.. present.Select(g => actual[g] / count[g])],
            [.. models.Select((m, k) => new ModelSeries(m.Name, [.. present.Select(g => predicted[k][g] / count[g])]))]);
    }

    /// <summary>A model's value for hypothetical customers of age <paramref name="age"/>, frequency 0 … maxFrequency, recency 0 … age (NaN where x = 0 and t_x &gt; 0).</summary>
    public static CustomerMatrix Matrix(int maxFrequency, int age, Func<CustomerSummary, double> value)
    {
        var values = new double[maxFrequency + 1, age + 1];
        for (var f = 0; f <= maxFrequency; f++)
        {
            for (var r = 0; r <= age; r++)
            {
                values[f, r] = f == 0 && r > 0 ? double.NaN : value(CustomerSummary.Create(f, r, age));
            }
        }

        return new CustomerMatrix(values, [.. Enumerable.Range(0, maxFrequency + 1).Select(f => (double)f)], [.. Enumerable.Range(0, age + 1).Select(r => (double)r)]);
    }
}
