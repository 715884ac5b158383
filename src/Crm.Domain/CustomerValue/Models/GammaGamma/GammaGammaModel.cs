using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using System.Collections.Immutable;
using System.Globalization;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Summaries;

namespace Crm.Domain.CustomerValue.Models.GammaGamma;

/// <summary>
/// The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV", JMR 42(4); Fader &amp;
/// Hardie, "The Gamma-Gamma Model of Monetary Value", 2013): a customer's transaction values are Gamma(p, ν) with
/// ν ~ Gamma(q, γ) across customers, independent of the transaction process. Spend is in the caller's currency units.
/// </summary>
/// <remarks>
/// <c>default</c> is not a usable model (all parameters 0) and refuses every question (an <see cref="InvalidOperationException"/>): create one with <see cref="Create"/> or
/// <see cref="Fit(ReadOnlySpan{CustomerSummary})"/>. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(GammaGammaModelJsonConverter))]
public readonly struct GammaGammaModel
{
    /// <summary>The model's name in fit reports.</summary>
    internal const string Notation = "Gamma-Gamma";

    /// <summary>The parameter names, in the order of the estimates and of the JSON members.</summary>
    internal static readonly ImmutableArray<string> ParameterNames = ["p", "q", "gamma"];

    private GammaGammaModel(double p, double q, double gamma)
    {
        P = p;
        Q = q;
        Gamma = gamma;
    }

    /// <summary>p: shape of the per-transaction spend distribution (&gt; 0).</summary>
    public double P { get; }

    /// <summary>q: shape of the Gamma distribution of ν across customers (&gt; 0; the population mean spend is finite only when q &gt; 1).</summary>
    public double Q { get; }

    /// <summary>γ: scale of the Gamma distribution of ν, in currency units (&gt; 0).</summary>
    public double Gamma { get; }

    /// <summary>The population mean spend per transaction, pγ/(q−1), or <c>null</c> when q ≤ 1 (infinite mean); a
    /// mean past the range of a double (p γ near 1e308) saturates at <see cref="double.MaxValue"/>.</summary>
    public double? PopulationMeanSpend => Q > 1d ? Math.Min(P * Gamma / (Q - 1d), double.MaxValue) : null;

    /// <summary>Creates a model from known parameters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number &gt; 0.</exception>
    public static GammaGammaModel Create(double p, double q, double gamma) =>
        new(Guard.Against.NotStrictlyPositive(p), Guard.Against.NotStrictlyPositive(q), Guard.Against.NotStrictlyPositive(gamma));

    /// <summary>Fits on the customers with repeat transactions (x &gt; 0), each with weight 1; customers with x = 0 are skipped.</summary>
    /// <exception cref="ArgumentException">No customer has x &gt; 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer with x &gt; 0 has m_x ≤ 0 (named with its index).</exception>
    public static ModelFit<GammaGammaModel> Fit(ReadOnlySpan<CustomerSummary> customers) => Fit(customers, ReadOnlySpan<double>.Empty);

    /// <summary>
    /// Fits by maximum likelihood on the customers with x &gt; 0 (their x and m_x), with a weight per summary. Never
    /// throws from the optimisation: a fit that does not converge says so in its result.
    /// </summary>
    /// <param name="customers">The summaries; those with x = 0 are skipped.</param>
    /// <param name="weights">Empty (all 1) or one finite weight ≥ 0 per summary.</param>
    /// <param name="options">Penalty and stopping rules; <see cref="FitOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">No customer has x &gt; 0 and a positive weight, or a weight count mismatch.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite, the weights add up past 2^53 (about 9.0e15), or a customer with x &gt; 0 has m_x ≤ 0 or above 7.9e28 (decimal.MaxValue, the largest amount Money holds).</exception>
    public static ModelFit<GammaGammaModel> Fit(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options = null)
    {
        var likelihood = GammaGammaLikelihood.Create(customers, weights);
        return TransactionModelFitting.Run(
            Notation,
            likelihood,
            likelihood.Count,
            TransactionModelFitting.SameSummary(likelihood.Count, likelihood.TotalWeight),
            [1d, 2d, likelihood.MeanSpend],
            ParameterNames.AsSpan(),
            options,
            p => new GammaGammaModel(p[0], p[1], p[2]));
    }

    /// <summary>Fits on the summaries of a transaction log with the default options; see <see cref="Fit{TCustomer}(CustomerSummaries{TCustomer}, FitOptions)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> holds no customer (to fit on).</exception>
    public static ModelFit<GammaGammaModel> Fit<TCustomer>(CustomerSummaries<TCustomer> data)
        where TCustomer : notnull, IEquatable<TCustomer> =>
        Fit(data, null);

    /// <summary>
    /// Fits on the summaries of a transaction log: the customers with x &gt; 0 and m_x &gt; 0, each with weight 1.
    /// Customers with x = 0 are skipped (the model describes repeat spend), and so are repeat buyers whose recorded
    /// spend is 0 (the Gamma density of an average of 0 is 0: they carry no spend information to fit on; see
    /// <see cref="Clv.CustomerLifetimeValue.ForPopulation{TModel, TCustomer}(ModelFit{TModel}, ModelFit{GammaGammaModel}, CustomerSummaries{TCustomer}, Clv.ClvSettings)"/>
    /// for how they are valued). The fit records the summaries' period.
    /// </summary>
    /// <param name="data">The summaries.</param>
    /// <param name="options">Penalty and stopping rules; <see cref="FitOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">No customer has x &gt; 0 with m_x &gt; 0.</exception>
    public static ModelFit<GammaGammaModel> Fit<TCustomer>(CustomerSummaries<TCustomer> data, FitOptions? options)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        Guard.Against.Null(data);
        var customers = data.Summaries.AsSpan();
        var weights = new double[customers.Length];
        for (int i = 0; i < customers.Length; i++)
        {
            weights[i] = customers[i].MonetaryValue > 0d ? 1d : 0d;
        }

        return Fit(customers, weights, options).WithPeriod(data.Options.Period);
    }

    /// <summary>The log-likelihood of one customer's average spend m_x given x &gt; 0 (the "average-spend" form).</summary>
    /// <exception cref="ArgumentOutOfRangeException">x = 0 or m_x ≤ 0.</exception>
    public double LogLikelihood(in CustomerSummary customer)
    {
        Usable();
        RequireSpend(customer);
        return GammaGammaLikelihood.Single(P, Q, Gamma, customer.Frequency, customer.MonetaryValue);
    }

    /// <summary>
    /// E[M | p, q, γ, m_x, x] = (γ + x m_x) p / (p x + q − 1): the customer's expected spend per transaction, a weighted
    /// mean of the population mean and their own average. For x = 0 it is the population mean. An expectation past the
    /// range of a double saturates at <see cref="double.MaxValue"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">x &gt; 0 with m_x ≤ 0.</exception>
    /// <exception cref="InvalidOperationException">The expectation is infinite (p x + q ≤ 1, e.g. x = 0 with q ≤ 1).</exception>
    public double ExpectedAverageSpend(in CustomerSummary customer)
    {
        if (customer.Frequency > 0)
        {
            RequireSpend(customer);
        }

        return Conditional(customer.Frequency, customer.MonetaryValue);
    }

    /// <summary>Writes the expected spend per transaction of each customer into <paramref name="destination"/>; allocation-free.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer with x &gt; 0 has m_x ≤ 0.</exception>
    /// <exception cref="InvalidOperationException">An expectation is infinite (p x + q ≤ 1).</exception>
    public void ExpectedAverageSpend(ReadOnlySpan<CustomerSummary> customers, Span<double> destination)
    {
        Guard.Against.LengthMismatch(destination.Length, customers.Length, "customer");
        for (int i = 0; i < customers.Length; i++)
        {
            destination[i] = ExpectedAverageSpend(customers[i]);
        }
    }

    /// <summary>
    /// The expected spend per transaction under the population CLV's zero-spend policy: as
    /// <see cref="ExpectedAverageSpend(in CustomerSummary)"/>, except that a repeat buyer whose recorded spend is 0 is
    /// valued at the conditional mean with m_x = 0, γ p / (p x + q − 1), the value the Python package lifetimes returns:
    /// their spend is evidence of low value, and more zero-value purchases pull it further towards 0.
    /// </summary>
    internal double SpendForValue(in CustomerSummary customer) => Conditional(customer.Frequency, customer.MonetaryValue);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Gamma-Gamma(p={P:G6}, q={Q:G6}, gamma={Gamma:G6})");

    private void Usable() => Guard.Against.DefaultInstance<GammaGammaModel>(P > 0d, "GammaGammaModel.Create or GammaGammaModel.Fit");

    private double Conditional(int x, double m)
    {
        Usable();
        double denominator = (P * x) + Q - 1d;
        if (denominator <= 0d)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The expected spend is infinite for x = {x}: p x + q − 1 = {denominator} ≤ 0 (q = {Q})."));
        }

        // Past the range of a double (p or m near 1e308) the direct form is ∞ or ∞/∞: divide through by p instead
        // (the denominator is > 0, so x + (q − 1)/p is too) and saturate at double.MaxValue, as the count models do.
        var value = (Gamma + (x * m)) * P / denominator;
        return double.IsFinite(value) ? value : Math.Min(x > 0 ? (Gamma + (x * m)) / (x + ((Q - 1d) / P)) : value, double.MaxValue);
    }

    private static void RequireSpend(in CustomerSummary customer)
    {
        if (customer.Frequency == 0 || customer.MonetaryValue <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(customer), customer.MonetaryValue, string.Create(CultureInfo.InvariantCulture, $"customer must have frequency (x) > 0 and MonetaryValue (m_x) > 0 for the Gamma-Gamma spend model; it had x = {customer.Frequency}, m_x = {customer.MonetaryValue}."));
        }
    }
}
