using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.CustomerValue.Models.Numerics;
using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.BgNbd;

/// <summary>
/// The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting your customers the easy way", Marketing Science 24(2):
/// while active, a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase they drop out with probability
/// p ~ Beta(a, b). Time is in the period unit of the summaries (e.g. weeks).
/// </summary>
/// <remarks>
/// Every prediction is finite for every valid input (log-space formulas; E[Y(t)] uses an Euler-transformed 2F1 series
/// free of the a = 1 and a + b = 1 singularities). Scoring runs eight or four customers per vector (see <see cref="Score(ReadOnlySpan{CustomerSummary}, double, Span{double}, Span{double})"/>); a
/// customer's P(alive) and E[Y(t)] are the same bits whether asked for alone or in a batch. <c>default</c> is not a
/// usable model (all parameters 0) and refuses every question (an <see cref="InvalidOperationException"/>): create one with <see cref="Create"/> or
/// <see cref="Fit(ReadOnlySpan{CustomerSummary})"/>. Immutable and thread-safe.
/// <para>Equality is the parameters' (r, α, a, b). Where E[Y(t)] comes from Taylor rows (a + b − 1 − r ≥ 0, the usual
/// case) the model remembers the rows its single customers and small batches have needed (a bounded memo shared by
/// the model's copies, at most about 0.85 MB, filled lock-free by any thread, from the model's 16th vector of
/// customers on): the first call near a given (x, t/(α+T)) builds a row (about half a microsecond), later calls read it
/// (about 0.1 µs a single customer). The memo changes costs,
/// never results, and is not part of equality or of the JSON form. Keep a model and reuse it rather than creating it
/// per request: a model created for every call builds its row every time (benchmarks/RESULTS.md, eleventh session).</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CountModelJsonConverter<BgNbdModel>))]
public readonly struct BgNbdModel : ICountModel<BgNbdModel>, IEquatable<BgNbdModel>
{
    private static readonly ImmutableArray<string> Names = ["r", "alpha", "a", "b"];

    // The model's kernel and Taylor rows (see the remarks): one reference shared by copies of the model, outside
    // equality and JSON; null only in default.
    private readonly BetaGeometricCache? _cache;

    private BgNbdModel(double r, double alpha, double a, double b)
    {
        R = r;
        Alpha = alpha;
        A = a;
        B = b;
        _cache = new BetaGeometricCache(r, alpha, a, b, canDropAtStart: false);
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
    public static BgNbdModel Create(double r, double alpha, double a, double b) => CountModels.Create<BgNbdModel>(r, alpha, a, b);

    /// <summary>Fits the model by maximum likelihood, each customer with weight 1.</summary>
    /// <exception cref="ArgumentException"><paramref name="customers"/> is empty.</exception>
    public static ModelFit<BgNbdModel> Fit(ReadOnlySpan<CustomerSummary> customers) =>
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
    public static ModelFit<BgNbdModel> Fit(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options = null) =>
        CountModels.Fit<BgNbdModel>(customers, weights, options);

    /// <summary>Fits on the summaries of a transaction log with the default options; see <see cref="Fit{TCustomer}(CustomerSummaries{TCustomer}, FitOptions)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> holds no customer (to fit on).</exception>
    public static ModelFit<BgNbdModel> Fit<TCustomer>(CustomerSummaries<TCustomer> data)
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
    public static ModelFit<BgNbdModel> Fit<TCustomer>(CustomerSummaries<TCustomer> data, FitOptions? options)
        where TCustomer : notnull, IEquatable<TCustomer> =>
        CountModels.Fit<BgNbdModel, TCustomer>(data, options);

    static string ICountModel<BgNbdModel>.Notation => "BG/NBD";

    static ImmutableArray<string> ICountModel<BgNbdModel>.ParameterNames => Names;

    (double P0, double P1, double P2, double P3) ICountModel<BgNbdModel>.Parameters => (R, Alpha, A, B);

    /// <summary>The log-likelihood of one customer's summary (Fader, Hardie &amp; Lee 2005, eq. 6), in log-sum-exp form.</summary>
    public double LogLikelihood(in CustomerSummary customer) =>
        BgNbdLikelihood.Single(Usable().R, Alpha, A, B, customer.Frequency, customer.Recency, customer.Age, Span<double>.Empty);

    /// <inheritdoc />
    public double ExpectedTransactionsNewCustomer(double t) => CountModels.NewCustomerExpectedTransactions(Scoring, t);

    /// <inheritdoc />
    public double ExpectedTransactions(in CustomerSummary customer, double t) => CountModels.ExpectedTransactions(Scoring, customer, t);

    /// <inheritdoc />
    public double ProbabilityAlive(in CustomerSummary customer) => CountModels.ProbabilityAlive(Scoring, customer);

    /// <summary>P(X(t) = n): the probability that a new customer makes exactly <paramref name="n"/> transactions in (0, t] (FHL 2005, eq. 8).</summary>
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

        double lnBab = SpecialFunctions.BetaLn(A, B);
        double logNegativeBinomial = NegativeBinomial.LogProbability(R, n, -CvSpecialFunctions.Log1P(t / Alpha), Math.Log(t / (Alpha + t)));
        double p = Math.Exp(SpecialFunctions.BetaLn(A, B + n) - lnBab + logNegativeBinomial);
        if (n > 0)
        {
            // 1 − Σ_{j<n} NB(j) = P(NB ≥ n), computed directly to avoid the cancellation.
            p += Math.Exp(SpecialFunctions.BetaLn(A + 1d, B + n - 1d) - lnBab) * NegativeBinomial.Tail(R, Alpha, t, n);
        }

        return Math.Clamp(p, 0d, 1d);
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
    /// Writes P(alive) and E[Y(t) | x, t_x, T] of each customer in one pass (P(alive) is computed once per customer):
    /// the scoring hot path, allocation-free, eight customers at a time where the hardware has AVX-512 (else four). Each value equals the single-customer member's
    /// result exactly.
    /// </summary>
    /// <param name="customers">The summaries to score.</param>
    /// <param name="t">Window length in periods (finite, ≥ 0).</param>
    /// <param name="probabilityAlive">Receives P(alive) per customer (same length as <paramref name="customers"/>).</param>
    /// <param name="expectedTransactions">Receives E[Y(t) | history] per customer (same length).</param>
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
        Simulation.Run(ages, seed, destination, (random, age) => Simulation.BetaGeometric(random, Simulation.Rate(random, m.R, m.Alpha), MathNet.Numerics.Distributions.Beta.Sample(random, m.A, m.B), age, dropAtStart: false));
    }

    /// <inheritdoc />
    public override string ToString() => CountModels.Format(this);

    /// <summary>Whether both models have the same parameters (r, α, a, b; compared as <see cref="double.Equals(double)"/> does).</summary>
    /// <param name="other">The other model.</param>
    public bool Equals(BgNbdModel other) => R.Equals(other.R) && Alpha.Equals(other.Alpha) && A.Equals(other.A) && B.Equals(other.B);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BgNbdModel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(R, Alpha, A, B);

    /// <summary>Whether both models have the same parameters.</summary>
    /// <param name="left">A model.</param>
    /// <param name="right">Another model.</param>
    public static bool operator ==(BgNbdModel left, BgNbdModel right) => left.Equals(right);

    /// <summary>Whether the models' parameters differ.</summary>
    /// <param name="left">A model.</param>
    /// <param name="right">Another model.</param>
    public static bool operator !=(BgNbdModel left, BgNbdModel right) => !left.Equals(right);

    static BgNbdModel ICountModel<BgNbdModel>.FromValidParameters(double p0, double p1, double p2, double p3) => new(p0, p1, p2, p3);

    static ILikelihood ICountModel<BgNbdModel>.Likelihood(SummaryTable table) => new BgNbdLikelihood(table);

    static ModelFit<BgNbdModel>? ICountModel<BgNbdModel>.FitDirect(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options) =>
        FitGrouped(customers, weights, options);

    /// <summary>The fused, grouped fit from the default start (1, mean age, 1, 1).</summary>
    /// <remarks>A warm start from a strided subsample's fit (3 full-data Newton iterations instead of 7) was tried in
    /// issue 18 and measured no faster on the 1M set (77.7 ms against 70.1 ms, quiet run of 2026-12-03), so it was
    /// taken out.</remarks>
    internal static ModelFit<BgNbdModel> FitGrouped(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options)
    {
        // The fused, grouped likelihood: the same function as BgNbdLikelihood, summed in another order.
        var data = GroupedSummaries.Create(customers, weights);
        return TransactionModelFitting.Run(
            "BG/NBD",
            new BgNbdFusedLikelihood(data, options?.MaxDegreeOfParallelism ?? 1),
            data.Rows,
            data.Degeneracy(),
            [1d, data.MeanAge(), 1d, 1d],
            Names.AsSpan(),
            options,
            v => new BgNbdModel(v[0], v[1], v[2], v[3]));
    }

    static void ICountModel<BgNbdModel>.StartingValues(SummaryTable table, Span<double> start)
    {
        // α starts at the mean age (the time scale of the data), the shapes at 1.
        (start[0], start[1], start[2], start[3]) = (1d, TransactionModelFitting.MeanAge(table), 1d, 1d);
    }

    /// <summary>The CLV kernel of this model (every window of a customer in one pass), sharing the model's memo.</summary>
    internal BetaGeometricWindows Windows => new(R, Alpha, A, B, canDropAtStart: false, Usable()._cache!.Memo);

    private ref readonly BetaGeometricScoring Scoring => ref Usable()._cache!.Scoring;

    private BgNbdModel Usable()
    {
        Guard.Against.DefaultInstance<BgNbdModel>(R > 0d, "BgNbdModel.Create or BgNbdModel.Fit");
        return this;
    }
}
