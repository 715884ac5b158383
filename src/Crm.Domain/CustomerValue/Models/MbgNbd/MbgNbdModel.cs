using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.CustomerValue.Models.Numerics;
using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.MbgNbd;

/// <summary>
/// The modified BG/NBD (MBG/NBD) model of Batislam, Denizel &amp; Filiztekin (2007), "Empirical validation and comparison
/// of models for customer base analysis", International Journal of Research in Marketing 24(3): as BG/NBD, while
/// active a customer buys at a Poisson rate λ ~ Gamma(r, α) and drops out with probability p ~ Beta(a, b) after each
/// purchase, but here also right after the first purchase (time 0), so a customer without repeat purchases is not
/// certainly alive. Time is in the period unit of the summaries (e.g. weeks).
/// </summary>
/// <remarks>
/// Every prediction is finite for every valid input (log-space formulas; the conditional expectation shares the
/// BG/NBD's Euler-transformed 2F1 series with b + 1 in place of b; an expectation beyond the range of a double, which
/// needs a mean purchase rate r/α near 1e308 per period, saturates at <see cref="double.MaxValue"/>). <c>default</c> is
/// not a usable model (all parameters 0) and refuses every question (an <see cref="InvalidOperationException"/>): create one with <see cref="Create"/> or
/// <see cref="Fit(ReadOnlySpan{CustomerSummary})"/>. Immutable and thread-safe.
/// <para>Equality is the parameters' (r, α, a, b). Where E[Y(t)] comes from Taylor rows (a + b − 1 − r ≥ 0, the usual
/// case) the model remembers the rows its single customers and small batches have needed (a bounded memo shared by
/// the model's copies, at most about 0.85 MB, filled lock-free by any thread, from the model's 16th vector of
/// customers on): the first call near a given (x, t/(α+T)) builds a row (about half a microsecond), later calls read it
/// (about 0.1 µs a single customer). The memo changes costs,
/// never results, and is not part of equality or of the JSON form. Keep a model and reuse it rather than creating it
/// per request: a model created for every call builds its row every time (benchmarks/RESULTS.md, eleventh session).</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CountModelJsonConverter<MbgNbdModel>))]
public readonly struct MbgNbdModel : ICountModel<MbgNbdModel>, IEquatable<MbgNbdModel>
{
    private static readonly ImmutableArray<string> Names = ["r", "alpha", "a", "b"];

    // The model's kernel and Taylor rows (see the remarks): one reference shared by copies of the model, outside
    // equality and JSON; null only in default.
    private readonly BetaGeometricCache? _cache;

    private MbgNbdModel(double r, double alpha, double a, double b)
    {
        R = r;
        Alpha = alpha;
        A = a;
        B = b;
        _cache = new BetaGeometricCache(r, alpha, a, b + 1d, canDropAtStart: true);
    }

    /// <summary>r: shape of the Gamma distribution of the purchase rate λ (&gt; 0).</summary>
    public double R { get; }

    /// <summary>α: scale of the Gamma distribution of λ, in periods (&gt; 0).</summary>
    public double Alpha { get; }

    /// <summary>a: first shape of the Beta distribution of the drop-out probability p (&gt; 0).</summary>
    public double A { get; }

    /// <summary>b: second shape of the Beta distribution of p (&gt; 0).</summary>
    public double B { get; }

    /// <summary>Creates a model from known parameters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number &gt; 0.</exception>
    public static MbgNbdModel Create(double r, double alpha, double a, double b) =>
        CountModels.Create<MbgNbdModel>(r, alpha, a, b);

    /// <summary>Fits the model by maximum likelihood, each customer with weight 1.</summary>
    /// <exception cref="ArgumentException"><paramref name="customers"/> is empty.</exception>
    public static ModelFit<MbgNbdModel> Fit(ReadOnlySpan<CustomerSummary> customers) =>
        Fit(customers, ReadOnlySpan<double>.Empty);

    /// <summary>
    /// Fits the model by maximum likelihood with a weight (count) per summary: identical summaries may be passed once
    /// with their count. Never throws from the optimisation: a fit that does not converge says so in its result.
    /// </summary>
    /// <param name="customers">The summaries (at least one).</param>
    /// <param name="weights">Empty (all 1) or one finite weight ≥ 0 per summary, not all 0.</param>
    /// <param name="options">Penalty and stopping rules; <see cref="FitOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">No customers, a weight count mismatch, or all weights 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite, or the weights add up past 2^53 (about 9.0e15, the largest count a double holds exactly).</exception>
    public static ModelFit<MbgNbdModel> Fit(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options = null) =>
        CountModels.Fit<MbgNbdModel>(customers, weights, options);

    /// <summary>Fits on the summaries of a transaction log with the default options; see <see cref="Fit{TCustomer}(CustomerSummaries{TCustomer}, FitOptions)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> holds no customer (to fit on).</exception>
    public static ModelFit<MbgNbdModel> Fit<TCustomer>(CustomerSummaries<TCustomer> data)
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
    public static ModelFit<MbgNbdModel> Fit<TCustomer>(CustomerSummaries<TCustomer> data, FitOptions? options)
        where TCustomer : notnull, IEquatable<TCustomer> =>
        CountModels.Fit<MbgNbdModel, TCustomer>(data, options);

    static string ICountModel<MbgNbdModel>.Notation => "MBG/NBD";

    static ImmutableArray<string> ICountModel<MbgNbdModel>.ParameterNames => Names;

    (double P0, double P1, double P2, double P3) ICountModel<MbgNbdModel>.Parameters => (R, Alpha, A, B);

    /// <summary>The log-likelihood of one customer's summary (Batislam et al. 2007), in log-sum-exp form; finite for x up to 10,000 and beyond.</summary>
    public double LogLikelihood(in CustomerSummary customer) =>
        MbgNbdLikelihood.Single(Usable().R, Alpha, A, B, customer.Frequency, customer.Recency, customer.Age, Span<double>.Empty);

    /// <summary>
    /// E[X(t)] = b/(a−1) [1 − (α/(α+t))^r 2F1(r, b+1; a+b; t/(α+t))]: the expected repeat transactions of a new
    /// customer in the first <paramref name="t"/> periods; equal to b/(a+b) times the BG/NBD expectation with b + 1 in
    /// place of b (the share surviving time 0 times their BG/NBD behaviour), which is how it is computed.
    /// </summary>
    /// <param name="t">Window length in periods (finite, ≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public double ExpectedTransactionsNewCustomer(double t) =>
        CountModels.NewCustomerExpectedTransactions(Scoring, t); // P(alive | x = 0, T = 0) = b/(a+b)

    /// <summary>
    /// E[Y(t) | x, t_x, T] = (a+b+x)/(a−1) [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; t/(α+T+t))] × P(alive):
    /// the expected transactions in the next <paramref name="t"/> periods after the end of observation.
    /// </summary>
    /// <param name="customer">The customer's summary.</param>
    /// <param name="t">Window length in periods (finite, ≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public double ExpectedTransactions(in CustomerSummary customer, double t) =>
        CountModels.ExpectedTransactions(Scoring, customer, t);

    /// <summary>
    /// P(alive | x, t_x, T) = 1 / (1 + a/(b+x) ((α+T)/(α+t_x))^(r+x)), in [0, 1]; below 1 for x = 0 too, unlike BG/NBD.
    /// </summary>
    /// <param name="customer">The customer's summary.</param>
    public double ProbabilityAlive(in CustomerSummary customer) =>
        CountModels.ProbabilityAlive(Scoring, customer);

    /// <summary>
    /// P(X(t) = n): the probability that a new customer makes exactly <paramref name="n"/> repeat transactions in (0, t]:
    /// B(a, b+n+1)/B(a, b) NB(n; r, α/(α+t)) + B(a+1, b+n)/B(a, b) P(NB ≥ n), the first term for customers still active
    /// at t, the second for those who dropped out right after their n-th purchase (at time 0 when n = 0).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative or <paramref name="t"/> is negative or not finite.</exception>
    public double ProbabilityOfTransactions(int n, double t)
    {
        Usable();
        Guard.Against.NegativeValue(n);
        Guard.Against.NegativeValue(t);
        if (t == 0d)
        {
            return n == 0 ? 1d : 0d;
        }

        double logBetaAb = SpecialFunctions.BetaLn(A, B);
        double logNegativeBinomial = NegativeBinomial.LogProbability(R, n, -CvSpecialFunctions.Log1P(t / Alpha), Math.Log(t / (Alpha + t)));
        double active = Math.Exp(SpecialFunctions.BetaLn(A, B + n + 1d) - logBetaAb + logNegativeBinomial);

        // P(NB ≥ n) computed directly rather than as 1 − Σ_{j<n}, which cancels.
        double reached = NegativeBinomial.Tail(R, Alpha, t, n);
        double droppedAfterN = Math.Exp(SpecialFunctions.BetaLn(A + 1d, B + n) - logBetaAb) * reached;
        return Math.Clamp(active + droppedAfterN, 0d, 1d);
    }

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
        CountModels.ProbabilityAlive(Scoring, customers, destination);

    /// <summary>Writes E[Y(t) | x, t_x, T] of each customer into <paramref name="destination"/> (same length); allocation-free.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public void ExpectedTransactions(ReadOnlySpan<CustomerSummary> customers, double t, Span<double> destination) =>
        CountModels.ExpectedTransactions(Scoring, customers, t, destination);

    /// <summary>
    /// Writes P(alive) and E[Y(t) | x, t_x, T] of each customer in one pass (P(alive) computed once per customer);
    /// each value equals the single-customer one bit for bit. Allocation-free.
    /// </summary>
    /// <param name="customers">The customers' summaries.</param>
    /// <param name="t">Window length in periods (finite, ≥ 0).</param>
    /// <param name="probabilityAlive">Receives P(alive), one slot per customer.</param>
    /// <param name="expectedTransactions">Receives the expected transactions in the window, one slot per customer.</param>
    /// <exception cref="ArgumentException">A destination's length differs from the number of customers.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public void Score(ReadOnlySpan<CustomerSummary> customers, double t, Span<double> probabilityAlive, Span<double> expectedTransactions) =>
        CountModels.Score(Scoring, customers, t, probabilityAlive, expectedTransactions);

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
        CountModels.Score(Scoring, customers, t, probabilityAlive, expectedTransactions, maxDegreeOfParallelism);

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
        Simulation.Run(ages, seed, destination, (random, age) => Simulation.BetaGeometric(random, Simulation.Rate(random, m.R, m.Alpha), MathNet.Numerics.Distributions.Beta.Sample(random, m.A, m.B), age, dropAtStart: true));
    }

    /// <inheritdoc />
    public override string ToString() => CountModels.Format(this);

    /// <summary>Whether both models have the same parameters (r, α, a, b; compared as <see cref="double.Equals(double)"/> does).</summary>
    /// <param name="other">The other model.</param>
    public bool Equals(MbgNbdModel other) => R.Equals(other.R) && Alpha.Equals(other.Alpha) && A.Equals(other.A) && B.Equals(other.B);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MbgNbdModel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(R, Alpha, A, B);

    /// <summary>Whether both models have the same parameters.</summary>
    /// <param name="left">A model.</param>
    /// <param name="right">Another model.</param>
    public static bool operator ==(MbgNbdModel left, MbgNbdModel right) => left.Equals(right);

    /// <summary>Whether the models' parameters differ.</summary>
    /// <param name="left">A model.</param>
    /// <param name="right">Another model.</param>
    public static bool operator !=(MbgNbdModel left, MbgNbdModel right) => !left.Equals(right);

    static MbgNbdModel ICountModel<MbgNbdModel>.FromValidParameters(double p0, double p1, double p2, double p3) => new(p0, p1, p2, p3);

    static ILikelihood ICountModel<MbgNbdModel>.Likelihood(SummaryTable table) => new MbgNbdLikelihood(table);

    static void ICountModel<MbgNbdModel>.StartingValues(SummaryTable table, Span<double> start)
    {
        // α starts at the mean age (the time scale of the data), the shapes at 1.
        (start[0], start[1], start[2], start[3]) = (1d, TransactionModelFitting.MeanAge(table), 1d, 1d);
    }

    /// <summary>The CLV kernel of this model (every window of a customer in one pass), sharing the model's memo.</summary>
    internal BetaGeometricWindows Windows => new(R, Alpha, A, B + 1d, canDropAtStart: true, Usable()._cache!.Memo);

    /// <summary>
    /// The BG/NBD kernel with b + 1 in place of b (the posterior of p is Beta(a, b+x+1)) and P(alive) of the same form
    /// for x = 0: eight or four customers per vector, the same bits alone or in a batch.
    /// </summary>
    private ref readonly BetaGeometricScoring Scoring => ref Usable()._cache!.Scoring;

    private MbgNbdModel Usable()
    {
        Guard.Against.DefaultInstance<MbgNbdModel>(R > 0d, "MbgNbdModel.Create or MbgNbdModel.Fit");
        return this;
    }
}
