using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>
/// The Pareto/NBD model of Schmittlein, Morrison &amp; Colombo (1987): while active, a customer buys at a Poisson rate
/// λ ~ Gamma(r, α) and their lifetime is exponential with rate μ ~ Gamma(s, β). Time is in the period unit of the
/// summaries (e.g. weeks).
/// </summary>
/// <remarks>
/// The likelihood and P(alive) follow Fader &amp; Hardie's 2F1 formulation, evaluated in log space so that large
/// frequencies neither overflow nor underflow; the fit has an analytic gradient and standard errors.
/// <c>default</c> is not a usable model (all parameters 0) and refuses every question (an <see cref="InvalidOperationException"/>): create one with <see cref="Create"/> or
/// <see cref="Fit(ReadOnlySpan{CustomerSummary})"/>. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CountModelJsonConverter<ParetoNbdModel>))]
public readonly struct ParetoNbdModel : ICountModel<ParetoNbdModel>
{
    private static readonly ImmutableArray<string> Names = ["r", "alpha", "s", "beta"];

    private ParetoNbdModel(double r, double alpha, double s, double beta)
    {
        R = r;
        Alpha = alpha;
        S = s;
        Beta = beta;
    }

    /// <summary>r: shape of the Gamma distribution of the purchase rate λ (&gt; 0).</summary>
    public double R { get; }

    /// <summary>α: scale of the Gamma distribution of λ, in periods (&gt; 0).</summary>
    public double Alpha { get; }

    /// <summary>s: shape of the Gamma distribution of the drop-out rate μ (&gt; 0).</summary>
    public double S { get; }

    /// <summary>β: scale of the Gamma distribution of μ, in periods (&gt; 0).</summary>
    public double Beta { get; }

    /// <summary>Creates a model from known parameters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number &gt; 0.</exception>
    public static ParetoNbdModel Create(double r, double alpha, double s, double beta) =>
        CountModels.Create<ParetoNbdModel>(r, alpha, s, beta);

    /// <summary>Fits the model by maximum likelihood, each customer with weight 1.</summary>
    /// <exception cref="ArgumentException"><paramref name="customers"/> is empty.</exception>
    public static ModelFit<ParetoNbdModel> Fit(ReadOnlySpan<CustomerSummary> customers) => Fit(customers, ReadOnlySpan<double>.Empty);

    /// <summary>
    /// Fits the model by maximum likelihood with a weight (count) per summary. Never throws from the optimisation: a
    /// fit that does not converge says so in its result.
    /// </summary>
    /// <param name="customers">The summaries (at least one).</param>
    /// <param name="weights">Empty (all 1) or one finite weight ≥ 0 per summary, not all 0.</param>
    /// <param name="options">Penalty and stopping rules; <see cref="FitOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">No customers, a weight count mismatch, or all weights 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite, or the weights add up past 2^53 (about 9.0e15, the largest count a double holds exactly).</exception>
    public static ModelFit<ParetoNbdModel> Fit(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options = null) =>
        CountModels.Fit<ParetoNbdModel>(customers, weights, options);

    /// <summary>Fits on the summaries of a transaction log with the default options; see <see cref="Fit{TCustomer}(CustomerSummaries{TCustomer}, FitOptions)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> holds no customer (to fit on).</exception>
    public static ModelFit<ParetoNbdModel> Fit<TCustomer>(CustomerSummaries<TCustomer> data)
        where TCustomer : notnull, IEquatable<TCustomer> =>
        Fit(data, null);

    /// <summary>
    /// Fits the model on the summaries of a transaction log (<see cref="CustomerSummarizer"/> or
    /// <see cref="CustomerSummaryBuilder{TCustomer}"/>), each customer with weight 1, and records their period in the
    /// fit (<see cref="ModelFit{TModel}.Period"/>) so that a CLV over other summaries can refuse a mismatch.
    /// </summary>
    /// <param name="data">The summaries (at least one customer).</param>
    /// <param name="options">Penalty and stopping rules; <see cref="FitOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> holds no customer.</exception>
    public static ModelFit<ParetoNbdModel> Fit<TCustomer>(CustomerSummaries<TCustomer> data, FitOptions? options)
        where TCustomer : notnull, IEquatable<TCustomer> =>
        CountModels.Fit<ParetoNbdModel, TCustomer>(data, options);

    static string ICountModel<ParetoNbdModel>.Notation => "Pareto/NBD";

    static ImmutableArray<string> ICountModel<ParetoNbdModel>.ParameterNames => Names;

    (double P0, double P1, double P2, double P3) ICountModel<ParetoNbdModel>.Parameters => (R, Alpha, S, Beta);

    /// <summary>The log-likelihood of one customer's summary.</summary>
    public double LogLikelihood(in CustomerSummary customer) =>
        ParetoNbdLikelihood.Single(Usable().R, Alpha, S, Beta, customer.Frequency, customer.Recency, customer.Age, Span<double>.Empty);

    /// <inheritdoc />
    /// <remarks>E[X(t)] = rβ/(α(s−1)) [1 − (β/(β+t))^(s−1)], continuous at s = 1 (rβ/α ln(1 + t/β)).</remarks>
    public double ExpectedTransactionsNewCustomer(double t)
    {
        Guard.Against.NegativeValue(t);
        // For s ≤ 1 E[X(t)] grows without bound (like ln t or t^(1−s)): past the range of a double it saturates at
        // double.MaxValue, as the other expectations of the count models do.
        return Math.Min(Usable().R / Alpha * Beta * CvSpecialFunctions.OneMinusExpOver(S - 1d, -CvSpecialFunctions.Log1P(t / Beta)), double.MaxValue);
    }

    /// <inheritdoc />
    /// <remarks>E[Y(t) | x, t_x, T] = (r+x)(β+T)/((α+T)(s−1)) [1 − ((β+T)/(β+T+t))^(s−1)] P(alive).</remarks>
    public double ExpectedTransactions(in CustomerSummary customer, double t) =>
        CountModels.ExpectedTransactions(Scorer, customer, t);

    /// <inheritdoc />
    public double ProbabilityAlive(in CustomerSummary customer) =>
        CountModels.ProbabilityAlive(Scorer, customer);

    /// <summary>
    /// P(X(t) = n): the probability that a new customer makes exactly <paramref name="n"/> transactions in (0, t]
    /// (Fader &amp; Hardie, "Deriving an expression for P(X(t) = x) under the Pareto/NBD model", 2006), in [0, 1].
    /// </summary>
    /// <remarks>
    /// The note's expression, NB(n; r, α, t) (β/(β+t))^s + ∫₀ᵗ s/β (β/(β+τ))^(s+1) NB(n; r, α, τ) dτ, is evaluated in
    /// its integral form in log space (tanh-sinh quadrature of a positive integrand) rather than as its 2F1 closed
    /// form, whose finite sum cancels catastrophically when n is far above the mean. Finite for every n ≥ 0 (up to
    /// 10,000 and beyond) and every valid parameter; relative accuracy about 1e-13. Costs a few hundred logarithms
    /// (tens of microseconds per call): meant for distributions and reports, not for scoring millions of customers.
    /// </remarks>
    /// <param name="n">The number of transactions (≥ 0).</param>
    /// <param name="t">The window length in periods (finite, ≥ 0); P(X(0) = 0) = 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative or <paramref name="t"/> is negative or not finite.</exception>
    public double ProbabilityOfTransactions(int n, double t)
    {
        Usable();
        Guard.Against.NegativeValue(n);
        Guard.Against.NegativeValue(t);
        return t == 0d ? (n == 0 ? 1d : 0d) : ParetoNbdCounts.Probability(R, Alpha, S, Beta, n, t);
    }

    /// <summary>
    /// DERT: the discounted expected residual transactions of Fader, Hardie &amp; Lee (2005), "RFM and CLV: Using
    /// iso-value curves for customer base analysis", JMR 42(4), eq. 2 — the present value (at continuously compounded
    /// rate δ per period) of the customer's future transactions, computed as P(alive) · (r+x)/(α+T) · E[1/(μ+δ)] with
    /// E[1/(μ+δ)] = (β+T)^s δ^(s−1) U(s, s; δ(β+T)) (Tricomi's U).
    /// </summary>
    /// <param name="customer">The customer's summary.</param>
    /// <param name="continuousRatePerPeriod">δ &gt; 0 per model period (e.g. ln(1.15)/52 ≈ 0.0027 for 15 % a year in weeks).</param>
    /// <exception cref="ArgumentOutOfRangeException">δ is not a finite number &gt; 0.</exception>
    public double DiscountedExpectedResidualTransactions(in CustomerSummary customer, double continuousRatePerPeriod)
    {
        double delta = Guard.Against.NotStrictlyPositive(continuousRatePerPeriod);
        return ProbabilityAlive(customer) * DertGivenAlive(customer.Frequency, customer.Age, delta);
    }

    /// <summary>DERT with the discount rate's period converted to the model's period <paramref name="modelPeriod"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is zero or <paramref name="modelPeriod"/> is unknown.</exception>
    public double DiscountedExpectedResidualTransactions(in CustomerSummary customer, DiscountRate rate, RatePeriod modelPeriod) =>
        DiscountedExpectedResidualTransactions(customer, rate.ContinuousRatePer(modelPeriod));

    /// <summary>
    /// Writes the distribution of a new customer's transactions in (0, t]: <paramref name="destination"/>[n] =
    /// P(X(t) = n) for n = 0 … length − 1, each equal to <see cref="ProbabilityOfTransactions(int, double)"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public void ProbabilityOfTransactions(double t, Span<double> destination) =>
        CountModels.ProbabilityOfTransactions(this, t, destination);

    /// <summary>
    /// Writes E[X(t)] of a new customer for each window in <paramref name="windows"/> (e.g. weeks 1 … 78 for a tracking
    /// plot), each equal to <see cref="ExpectedTransactionsNewCustomer(double)"/>. Every window is checked before the
    /// first write.
    /// </summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A window is negative or not finite.</exception>
    public void ExpectedTransactionsNewCustomer(ReadOnlySpan<double> windows, Span<double> destination) =>
        CountModels.NewCustomerOverWindows(this, windows, destination);

    /// <summary>Writes P(alive) of each customer into <paramref name="destination"/> (same length); allocation-free.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public void ProbabilityAlive(ReadOnlySpan<CustomerSummary> customers, Span<double> destination) =>
        CountModels.ProbabilityAlive(Scorer, customers, destination);

    /// <summary>Writes E[Y(t) | x, t_x, T] of each customer into <paramref name="destination"/> (same length); allocation-free.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public void ExpectedTransactions(ReadOnlySpan<CustomerSummary> customers, double t, Span<double> destination) =>
        CountModels.ExpectedTransactions(Scorer, customers, t, destination);

    /// <summary>
    /// Scores each customer in one pass: P(alive | x, t_x, T) into <paramref name="probabilityAlive"/> and
    /// E[Y(t) | x, t_x, T] into <paramref name="expectedTransactions"/> (both one slot per customer), computing P(alive)
    /// once per customer. Allocation-free; every value equals the single-customer members' bit for bit.
    /// </summary>
    /// <param name="customers">The customers' summaries.</param>
    /// <param name="t">Window length of the expected transactions, in periods (finite, ≥ 0).</param>
    /// <param name="probabilityAlive">Receives P(alive) in [0, 1] per customer.</param>
    /// <param name="expectedTransactions">Receives the expected transactions (≥ 0) per customer.</param>
    /// <exception cref="ArgumentException">A destination's length differs from the number of customers.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public void Score(ReadOnlySpan<CustomerSummary> customers, double t, Span<double> probabilityAlive, Span<double> expectedTransactions) =>
        CountModels.Score(Scorer, customers, t, probabilityAlive, expectedTransactions);

    /// <summary>
    /// <see cref="Score(ReadOnlySpan{CustomerSummary}, double, Span{double}, Span{double})"/> on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads, with the same bits for every degree: the customers are cut
    /// into fixed blocks of 8,192 (never dependent on the degree) and each customer's values depend only on that
    /// customer. Use it for large batches (tens of thousands of customers and more) when the host has idle cores;
    /// inside a host's own parallel loop keep the single-threaded overload. Allocates only the blocks' scheduling.
    /// </summary>
    /// <param name="customers">The customers' summaries (not modified; must not change during the call).</param>
    /// <param name="t">Window length in periods (finite, ≥ 0).</param>
    /// <param name="probabilityAlive">Receives P(alive) in [0, 1] per customer (same length as <paramref name="customers"/>; must not overlap <paramref name="expectedTransactions"/>).</param>
    /// <param name="expectedTransactions">Receives E[Y(t) | history] (≥ 0) per customer (same length).</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use (≥ 1; 1 runs on the calling thread), e.g. <see cref="Environment.ProcessorCount"/>.</param>
    /// <exception cref="ArgumentException">A destination's length differs from the number of customers.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite, or <paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public void Score(ReadOnlyMemory<CustomerSummary> customers, double t, Memory<double> probabilityAlive, Memory<double> expectedTransactions, int maxDegreeOfParallelism) =>
        CountModels.Score(Scorer, customers, t, probabilityAlive, expectedTransactions, maxDegreeOfParallelism);

    /// <summary>Writes DERT of each customer into <paramref name="destination"/> (same length); allocation-free.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">δ is not a finite number &gt; 0.</exception>
    public void DiscountedExpectedResidualTransactions(ReadOnlySpan<CustomerSummary> customers, double continuousRatePerPeriod, Span<double> destination)
    {
        Guard.Against.LengthMismatch(destination.Length, customers.Length, "customer");
        double delta = Guard.Against.NotStrictlyPositive(continuousRatePerPeriod);
        for (int i = 0; i < customers.Length; i++)
        {
            ref readonly var c = ref customers[i];
            destination[i] = ProbabilityAlive(c) * DertGivenAlive(c.Frequency, c.Age, delta);
        }
    }

    /// <summary>
    /// Draws one customer summary per age from the model's generative story, reproducibly: the same model, ages and
    /// seed give the same summaries (one <see cref="Random"/> seeded with <paramref name="seed"/>; no shared state).
    /// </summary>
    /// <param name="ages">Each simulated customer's age T in periods (finite, ≥ 0).</param>
    /// <param name="seed">The seed of the draws.</param>
    /// <param name="destination">Receives one summary per age (same length).</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An age is negative or not finite.</exception>
    public void Simulate(ReadOnlySpan<double> ages, int seed, Span<CustomerSummary> destination)
    {
        var m = this;
        Simulation.Run(ages, seed, destination, (random, age) => Simulation.Pareto(random, Simulation.Rate(random, m.R, m.Alpha), Simulation.Rate(random, m.S, m.Beta), age));
    }

    /// <inheritdoc />
    public override string ToString() => CountModels.Format(this);

    static ParetoNbdModel ICountModel<ParetoNbdModel>.FromValidParameters(double p0, double p1, double p2, double p3) => new(p0, p1, p2, p3);

    static ILikelihood ICountModel<ParetoNbdModel>.Likelihood(SummaryTable table) => new ParetoNbdLikelihood(table);

    static void ICountModel<ParetoNbdModel>.StartingValues(SummaryTable table, Span<double> start)
    {
        // Both scales start at the mean age (the time scale of the data), the shapes at 1.
        double meanAge = TransactionModelFitting.MeanAge(table);
        (start[0], start[1], start[2], start[3]) = (1d, meanAge, 1d, meanAge);
    }

    private ParetoNbdScorer Scorer => new(Usable().R, Alpha, S, Beta);

    private ParetoNbdModel Usable()
    {
        Guard.Against.DefaultInstance<ParetoNbdModel>(R > 0d, "ParetoNbdModel.Create or ParetoNbdModel.Fit");
        return this;
    }

    private double DertGivenAlive(int x, double age, double delta)
    {
        // E[1/(μ+δ)] for μ ~ Gamma(s, β+T): (β+T) z^(s−1) U(s, s; z), z = δ(β+T); the power and U combined in logs.
        double scale = Beta + age;
        double z = delta * scale;
        double u = CvSpecialFunctions.TricomiUEqualParameters(S, z);
        double inverseMean = scale * Math.Exp(((S - 1d) * Math.Log(z)) + Math.Log(u));
        return (R + x) / (Alpha + age) * inverseMean;
    }
}
