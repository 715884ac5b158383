using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.Guards;
using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.BgBb;

/// <summary>
/// The BG/BB model of Fader, Hardie &amp; Shang (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual
/// Setting", Marketing Science 29(6): at each of n discrete opportunities (a yearly donation drive, a weekly issue) an
/// active customer transacts with probability p ~ Beta(α, β) and, after each opportunity, drops out with probability
/// θ ~ Beta(γ, δ).
/// </summary>
/// <remarks>
/// A customer is a <see cref="CustomerSummary"/> read in opportunities: <see cref="CustomerSummary.Frequency"/> = x
/// transactions after the first (repeat transactions over the n opportunities), <see cref="CustomerSummary.Recency"/> =
/// t_x the opportunity of the last one (0 when x = 0), <see cref="CustomerSummary.Age"/> = n; t_x and n whole numbers with
/// x ≤ t_x ≤ n. <c>default</c> is not a usable model (all parameters 0): use <see cref="Create"/> or <see cref="Fit"/>.
/// Immutable and thread-safe.
/// </remarks>
public readonly struct BgBbModel
{
    private static readonly ImmutableArray<string> Names = ["alpha", "beta", "gamma", "delta"];

    private BgBbModel(double alpha, double beta, double gamma, double delta)
    {
        Alpha = alpha;
        Beta = beta;
        Gamma = gamma;
        Delta = delta;
    }

    /// <summary>α: first shape of the Beta distribution of the transaction probability p (&gt; 0).</summary>
    public double Alpha { get; }

    /// <summary>β: second shape of the Beta distribution of p (&gt; 0).</summary>
    public double Beta { get; }

    /// <summary>γ: first shape of the Beta distribution of the drop-out probability θ (&gt; 0).</summary>
    public double Gamma { get; }

    /// <summary>δ: second shape of the Beta distribution of θ (&gt; 0).</summary>
    public double Delta { get; }

    /// <summary>Creates a model from known parameters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number &gt; 0.</exception>
    public static BgBbModel Create(double alpha, double beta, double gamma, double delta) =>
        new(Guard.Against.NotStrictlyPositive(alpha), Guard.Against.NotStrictlyPositive(beta), Guard.Against.NotStrictlyPositive(gamma), Guard.Against.NotStrictlyPositive(delta));

    /// <summary>
    /// Fits by maximum likelihood with a weight (count) per summary, as the recency/frequency table of the donation
    /// data is published (22 rows with their customer counts). Never throws from the optimisation.
    /// </summary>
    /// <param name="customers">The summaries in opportunities (see the remarks of <see cref="BgBbModel"/>).</param>
    /// <param name="weights">Empty (all 1) or one finite weight ≥ 0 per summary, not all 0.</param>
    /// <param name="options">Penalty and stopping rules; <see cref="FitOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">No customers, a weight count mismatch, or all weights 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, the weights add up past 2^53 (about 9.0e15), or a summary is not a discrete history (t_x or n not whole, or t_x &lt; x).</exception>
    public static ModelFit<BgBbModel> Fit(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options = null)
    {
        for (int i = 0; i < customers.Length; i++)
        {
            RequireDiscrete(customers[i], string.Create(CultureInfo.InvariantCulture, $"customers[{i}]"));
        }

        var table = SummaryTable.Create(customers, weights);
        return TransactionModelFitting.Run(
            "BG/BB",
            new BgBbLikelihood(table),
            table.Count,
            TransactionModelFitting.Degeneracy(table),
            [1d, 1d, 1d, 1d],
            Names.AsSpan(),
            options,
            v => new BgBbModel(v[0], v[1], v[2], v[3]));
    }

    /// <summary>The log-likelihood of one customer (FHS 2010, eq. 5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The summary is not a discrete history.</exception>
    public double LogLikelihood(in CustomerSummary customer)
    {
        RequireDiscrete(customer, nameof(customer));
        return BgBbLikelihood.Single(Alpha, Beta, Gamma, Delta, customer.Frequency, (int)customer.Recency, (int)customer.Age);
    }

    /// <summary>P(alive at opportunity n + 1 | x, t_x, n) (FHS 2010, eq. 11), in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">The summary is not a discrete history.</exception>
    public double ProbabilityAlive(in CustomerSummary customer)
    {
        double lnL = LogLikelihood(customer);
        int x = customer.Frequency, n = (int)customer.Age;
        double ln = SpecialFunctions.BetaLn(Alpha + x, Beta + n - x) - SpecialFunctions.BetaLn(Alpha, Beta)
            + SpecialFunctions.BetaLn(Gamma, Delta + n + 1) - SpecialFunctions.BetaLn(Gamma, Delta) - lnL;
        return Math.Clamp(Math.Exp(ln), 0d, 1d);
    }

    /// <summary>
    /// E[X(n, n + n*) | x, t_x, n]: the expected transactions in the next <paramref name="opportunities"/> opportunities
    /// (FHS 2010, eq. 13), summed term by term as Σₖ P(alive at n + k and transacts) so that γ = 1 needs no special case.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The summary is not a discrete history, or <paramref name="opportunities"/> is outside 0 to 100,000.</exception>
    public double ExpectedTransactions(in CustomerSummary customer, int opportunities)
    {
        Guard.Against.OutsideRange(opportunities, 0, 100_000);
        double lnLead = LeadingLog(customer);
        double sum = 0d;
        for (int k = 1; k <= opportunities; k++)
        {
            sum += Math.Exp(lnLead + SpecialFunctions.BetaLn(Gamma, Delta + customer.Age + k));
        }

        return sum;
    }

    /// <summary>
    /// DERT(d | x, t_x, n): the discounted expected residual transactions, Σₖ≥1 P(alive at n + k and transacts) / (1 + d)ᵏ
    /// (FHS 2010, eq. 14, its ₂F₁ series summed until the terms vanish).
    /// </summary>
    /// <param name="customer">The customer's summary in opportunities.</param>
    /// <param name="discountRate">The discount rate per opportunity (finite, &gt; 0, at most 10).</param>
    /// <exception cref="ArgumentOutOfRangeException">The summary is not a discrete history, or the rate is out of range.</exception>
    public double DiscountedExpectedResidualTransactions(in CustomerSummary customer, double discountRate)
    {
        Guard.Against.OutsideLeftOpenRange(discountRate, 0d, 10d);
        double lnLead = LeadingLog(customer);
        double lnDiscount = Math.Log(1d + discountRate);
        double sum = 0d;
        for (int k = 1; k <= 1_000_000; k++)
        {
            double term = Math.Exp(lnLead + SpecialFunctions.BetaLn(Gamma, Delta + customer.Age + k) - (k * lnDiscount));
            sum += term;
            if (term <= 1e-16 * sum)
            {
                break;
            }
        }

        return sum;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"BG/BB(alpha={Alpha:G6}, beta={Beta:G6}, gamma={Gamma:G6}, delta={Delta:G6})");

    private static void RequireDiscrete(in CustomerSummary c, string name)
    {
        if (c.Recency != Math.Floor(c.Recency) || c.Age != Math.Floor(c.Age) || c.Age > 100_000 || (c.Frequency > 0 && c.Recency < c.Frequency))
        {
            throw new ArgumentOutOfRangeException(name, c, string.Create(CultureInfo.InvariantCulture, $"{name} must be a discrete history: whole t_x and n (at most 100,000) with x <= t_x <= n; it was {c}."));
        }
    }

    /// <summary>ln [B(α+x+1, β+n−x)/B(α,β) / (B(γ,δ) L)]: the factor of every future period's transaction probability.</summary>
    private double LeadingLog(in CustomerSummary customer)
    {
        double lnL = LogLikelihood(customer);
        int x = customer.Frequency, n = (int)customer.Age;
        return SpecialFunctions.BetaLn(Alpha + x + 1, Beta + n - x) - SpecialFunctions.BetaLn(Alpha, Beta) - SpecialFunctions.BetaLn(Gamma, Delta) - lnL;
    }
}
