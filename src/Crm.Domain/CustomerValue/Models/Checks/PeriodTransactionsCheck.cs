using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.Checks;

/// <summary>
/// The calibration-frequency histogram against the model (the data behind lifetimes' <c>plot_period_transactions</c>)
/// with Pearson's χ² goodness-of-fit test: observed customers per x = 0 … k − 1 and x ≥ k against Σ P(X(T_i) = x),
/// each customer at their own age T_i (exact, not simulated).
/// </summary>
/// <remarks>
/// χ² = Σ (O − E)² / E over the buckets, with buckets − 1 − (number of fitted parameters) degrees of freedom; the
/// p-value is the upper tail of the χ² distribution. The approximation wants expected counts of about 5 or more per
/// bucket: choose <c>buckets</c> accordingly for small data. Immutable and thread-safe.
/// </remarks>
public sealed class PeriodTransactionsCheck
{
    private PeriodTransactionsCheck(ImmutableArray<FrequencyBucket> buckets, double chiSquare, int degreesOfFreedom, double pValue)
    {
        Buckets = buckets;
        ChiSquare = chiSquare;
        DegreesOfFreedom = degreesOfFreedom;
        PValue = pValue;
    }

    /// <summary>The buckets x = 0 … k − 1, then the open bucket x ≥ k.</summary>
    public ImmutableArray<FrequencyBucket> Buckets { get; }

    /// <summary>Pearson's statistic Σ (O − E)² / E (≥ 0).</summary>
    public double ChiSquare { get; }

    /// <summary>The degrees of freedom: buckets − 1 − fitted parameters (≥ 1).</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>P(χ²(df) ≥ <see cref="ChiSquare"/>) under the model, in [0, 1]; small values reject the model.</summary>
    public double PValue { get; }

    /// <summary>Computes the histogram and the test.</summary>
    /// <typeparam name="TModel">The count model.</typeparam>
    /// <param name="model">The fitted model.</param>
    /// <param name="customers">The calibration summaries it was fitted on (at least one).</param>
    /// <param name="fittedParameters">The number of parameters estimated from these data (0 to 10; 4 for the count models).</param>
    /// <param name="buckets">k: the buckets x = 0 … k − 1 (2 to 100), plus the open bucket x ≥ k; lifetimes plots k = 7.</param>
    /// <exception cref="ArgumentException"><paramref name="customers"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, or too few buckets are left for one degree of freedom.</exception>
    public static PeriodTransactionsCheck Of<TModel>(in TModel model, ReadOnlySpan<CustomerSummary> customers, int fittedParameters = 4, int buckets = 7)
        where TModel : struct, ITransactionModel
    {
        Guard.Against.OutsideRange(fittedParameters, 0, 10);
        Guard.Against.OutsideRange(buckets, 2, 100);
        if (customers.IsEmpty)
        {
            throw new ArgumentException("customers must contain at least one summary; it was empty.", nameof(customers));
        }

        int df = buckets - fittedParameters;
        if (df < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(buckets), buckets, string.Create(CultureInfo.InvariantCulture, $"buckets must exceed fittedParameters ({fittedParameters}) to leave a degree of freedom; it was {buckets}."));
        }

        var observed = new double[buckets + 1];
        var expected = new double[buckets + 1];

        // Customers of one age share P(X(T) = n): compute it once per distinct T.
        var byAge = new Dictionary<double, int>();
        foreach (var c in customers)
        {
            observed[Math.Min(c.Frequency, buckets)]++;
            byAge[c.Age] = byAge.GetValueOrDefault(c.Age) + 1;
        }

        foreach (var (age, count) in byAge)
        {
            double below = 0d;
            for (int n = 0; n < buckets; n++)
            {
                double p = model.ProbabilityOfTransactions(n, age);
                expected[n] += count * p;
                below += p;
            }

            expected[buckets] += count * Math.Max(0d, 1d - below);
        }

        double chi = 0d;
        var rows = ImmutableArray.CreateBuilder<FrequencyBucket>(buckets + 1);
        for (int n = 0; n <= buckets; n++)
        {
            rows.Add(new FrequencyBucket(n, n == buckets, observed[n], expected[n]));
            double e = Math.Max(expected[n], 1e-300);
            chi += (observed[n] - expected[n]) * (observed[n] - expected[n]) / e;
        }

        chi = Math.Min(chi, double.MaxValue);
        double pValue = Math.Clamp(SpecialFunctions.GammaUpperRegularized(df / 2d, chi / 2d), 0d, 1d);
        return new PeriodTransactionsCheck(rows.MoveToImmutable(), chi, df, pValue);
    }
}
