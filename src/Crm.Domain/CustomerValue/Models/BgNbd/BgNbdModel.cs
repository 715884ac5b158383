using System.Collections.Immutable;
using System.Globalization;
using Crm.Domain.CustomerValue.Models.Fitting;
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
/// free of the a = 1 and a + b = 1 singularities). <c>default</c> is not a usable model (all parameters 0): create one
/// with <see cref="Create"/> or <see cref="Fit(ReadOnlySpan{CustomerSummary})"/>. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Crm.Domain.Serialization.Converters.BgNbdModelJsonConverter))]
public readonly struct BgNbdModel : ITransactionModel
{
    private BgNbdModel(double r, double alpha, double a, double b)
    {
        R = r;
        Alpha = alpha;
        A = a;
        B = b;
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
    public static BgNbdModel Create(double r, double alpha, double a, double b) =>
        new(ModelGuards.Parameter(r), ModelGuards.Parameter(alpha), ModelGuards.Parameter(a), ModelGuards.Parameter(b));

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
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite.</exception>
    public static ModelFit<BgNbdModel> Fit(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights, FitOptions? options = null)
    {
        var table = SummaryTable.Create(customers, weights);
        double meanAge = 0d;
        for (int i = 0; i < table.Count; i++)
        {
            meanAge += table.Weight[i] * table.Age[i];
        }

        meanAge = Math.Max(meanAge / table.TotalWeight, 1e-3);
        var raw = MaximumLikelihood.Fit(new BgNbdLikelihood(table), [1d, meanAge, 1d, 1d], options ?? FitOptions.Default);
        var p = raw.Parameters;
        var estimates = ImmutableArray.Create(
            new ParameterEstimate("r", p[0], raw.StandardErrors[0]),
            new ParameterEstimate("alpha", p[1], raw.StandardErrors[1]),
            new ParameterEstimate("a", p[2], raw.StandardErrors[2]),
            new ParameterEstimate("b", p[3], raw.StandardErrors[3]));
        return new ModelFit<BgNbdModel>(new BgNbdModel(p[0], p[1], p[2], p[3]), raw.Converged, raw.Iterations, raw.LogLikelihood, raw.GradientNorm, estimates, table.TotalWeight, table.Count, raw.Message);
    }

    /// <summary>The log-likelihood of one customer's summary (Fader, Hardie &amp; Lee 2005, eq. 6), in log-sum-exp form.</summary>
    public double LogLikelihood(in CustomerSummary customer) =>
        BgNbdLikelihood.Single(R, Alpha, A, B, customer.Frequency, customer.Recency, customer.Age, Span<double>.Empty);

    /// <inheritdoc />
    public double ExpectedTransactionsNewCustomer(double t) => Expected(0, 0d, ModelGuards.Window(t));

    /// <inheritdoc />
    public double ExpectedTransactions(in CustomerSummary customer, double t) =>
        Expected(customer.Frequency, customer.Age, ModelGuards.Window(t)) * AliveCore(customer.Frequency, customer.Recency, customer.Age);

    /// <inheritdoc />
    public double ProbabilityAlive(in CustomerSummary customer) => AliveCore(customer.Frequency, customer.Recency, customer.Age);

    /// <summary>P(X(t) = n): the probability that a new customer makes exactly <paramref name="n"/> transactions in (0, t] (FHL 2005, eq. 8).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative or <paramref name="t"/> is negative or not finite.</exception>
    public double ProbabilityOfTransactions(int n, double t)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, string.Create(CultureInfo.InvariantCulture, $"n must be >= 0; it was {n}."));
        }

        ModelGuards.Window(t);
        if (t == 0d)
        {
            return n == 0 ? 1d : 0d;
        }

        double lnBab = SpecialFunctions.BetaLn(A, B);
        double lnStay = -CvSpecialFunctions.Log1P(t / Alpha);
        double lnGo = Math.Log(t / (Alpha + t));
        double first = SpecialFunctions.BetaLn(A, B + n) - lnBab + SpecialFunctions.GammaLn(R + n) - SpecialFunctions.GammaLn(R) - SpecialFunctions.GammaLn(n + 1d) + (R * lnStay) + (n > 0 ? n * lnGo : 0d);
        double p = Math.Exp(first);
        if (n > 0)
        {
            // 1 − Σ_{j<n} NB(j) = P(NB ≥ n) = I_z(n, r), computed directly to avoid the cancellation.
            double tail = SpecialFunctions.BetaRegularized(n, R, t / (Alpha + t));
            p += Math.Exp(SpecialFunctions.BetaLn(A + 1d, B + n - 1d) - lnBab) * tail;
        }

        return Math.Clamp(p, 0d, 1d);
    }

    /// <summary>Writes P(alive) of each customer into <paramref name="destination"/> (same length); allocation-free.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public void ProbabilityAlive(ReadOnlySpan<CustomerSummary> customers, Span<double> destination)
    {
        ModelGuards.SameLength(customers.Length, destination.Length);
        for (int i = 0; i < customers.Length; i++)
        {
            destination[i] = AliveCore(customers[i].Frequency, customers[i].Recency, customers[i].Age);
        }
    }

    /// <summary>Writes E[Y(t) | x, t_x, T] of each customer into <paramref name="destination"/> (same length); allocation-free.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    public void ExpectedTransactions(ReadOnlySpan<CustomerSummary> customers, double t, Span<double> destination)
    {
        ModelGuards.SameLength(customers.Length, destination.Length);
        ModelGuards.Window(t);
        for (int i = 0; i < customers.Length; i++)
        {
            ref readonly var c = ref customers[i];
            destination[i] = Expected(c.Frequency, c.Age, t) * AliveCore(c.Frequency, c.Recency, c.Age);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"BG/NBD(r={R:G6}, alpha={Alpha:G6}, a={A:G6}, b={B:G6})");

    private double AliveCore(int x, double tx, double age)
    {
        if (x == 0)
        {
            return 1d;
        }

        // 1 / (1 + a/(b+x−1) ((α+T)/(α+t_x))^(r+x)), with the power in log space so x = 10,000 cannot overflow.
        double k = Math.Log(A / (B + x - 1d)) + ((R + x) * (Math.Log(Alpha + age) - Math.Log(Alpha + tx)));
        return 1d / (1d + Math.Exp(k));
    }

    /// <summary>
    /// (a+b+x−1)/(a−1) [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t), after Euler's
    /// transformation: c φ(a−1, L) − e^((a−1)L) Σ_{n≥1} (a+b−1−r)_n (a)_{n−1} / ((c+1)_{n−1} n!) zⁿ, with c = a+b+x−1 and
    /// L = ln((α+T)/(α+T+t)). Both pieces are regular at a = 1 and a + b = 1, and the terms shrink as x grows.
    /// </summary>
    private double Expected(int x, double age, double t)
    {
        if (t == 0d)
        {
            return 0d;
        }

        double baseTime = Alpha + age;
        double logBase = -CvSpecialFunctions.Log1P(t / baseTime);
        double z = t / (baseTime + t);
        double epsilon = A - 1d;
        double c = A + B + x - 1d;
        double aPrime = A + B - 1d - R;
        double lead = c * CvSpecialFunctions.OneMinusExpOver(epsilon, logBase);
        double u = aPrime * z;
        double sum = u;
        double largest = Math.Abs(u);
        for (int n = 1; n < 100_000 && u != 0d && double.IsFinite(sum); n++)
        {
            double ratio = (aPrime + n) * (A + n - 1d) / ((c + n) * (n + 1d)) * z;
            u *= ratio;
            sum += u;
            largest = Math.Max(largest, Math.Abs(u));
            double q = Math.Abs(ratio);
            if (q < 1d && Math.Abs(u) * q / (1d - q) <= 1e-16 * (Math.Abs(lead) + Math.Abs(sum)))
            {
                break;
            }
        }

        double value = lead - (Math.Exp(epsilon * logBase) * sum);
        if (double.IsFinite(value) && largest <= 1e4 * Math.Abs(value))
        {
            return Math.Max(value, 0d);
        }

        // r ≫ a + b with few transactions: the alternating terms above cancel (or overflow). The untransformed series
        // has positive terms; only the division by a − 1 remains, harmless away from a = 1.
        if (c > 0d && Math.Abs(epsilon) >= 1e-3 && LogPowerTimesHyp2F1(x, logBase, z, c) is var logP && double.IsFinite(logP))
        {
            value = c / epsilon * -CvSpecialFunctions.ExpM1(logP);
            if (double.IsFinite(value))
            {
                return Math.Max(value, 0d);
            }
        }

        return Math.Max(A + B + x > 1e6 ? ConcentratedApproximation(x, age, t) : Quadrature(x, age, t), 0d);
    }

    /// <summary>
    /// E over p ~ Beta(a, b+x) of g(p) = (1 − (1 + p t/(α+T))^−(r+x)) / p by tanh-sinh quadrature in u = p^a (which absorbs
    /// the p^(a−1) endpoint behaviour): the fallback when neither series is usable (e.g. a ≪ 1 with r ≫ 1 and long t).
    /// </summary>
    private double Quadrature(int x, double age, double t)
    {
        const double H = 1d / 64d;
        double scale = t / (Alpha + age);
        double rx = R + x;
        double tailPower = B + x - 1d;
        double logNorm = Math.Log(A) + SpecialFunctions.BetaLn(A, B + x);
        // E[g] = g(1) + E[g − g(1)]: the difference vanishes at p = 1, taming (1−p)^(b+x−1) when b + x ≪ 1.
        double gAtOne = -CvSpecialFunctions.ExpM1(-rx * CvSpecialFunctions.Log1P(scale));
        double sum = 0d;
        for (int k = -448; k <= 448; k++)
        {
            double sinh = Math.Sinh(k * H);
            double u = 1d / (1d + Math.Exp(-Math.PI * sinh));
            double oneMinusU = 1d / (1d + Math.Exp(Math.PI * sinh));
            double weight = H * Math.PI * Math.Cosh(k * H) * u * oneMinusU;
            if (weight == 0d || u == 0d || oneMinusU == 0d)
            {
                continue;
            }

            // ln u from 1 − u near u = 1, so that 1 − p keeps its digits there.
            double logP = (u > 0.5 ? CvSpecialFunctions.Log1P(-oneMinusU) : Math.Log(u)) / A;
            double p = Math.Exp(logP);
            double oneMinusP = -CvSpecialFunctions.ExpM1(logP);
            double g = p == 0d ? rx * scale : -CvSpecialFunctions.ExpM1(-rx * CvSpecialFunctions.Log1P(p * scale)) / p;
            double tail = tailPower == 0d ? 1d : Math.Exp(tailPower * Math.Log(oneMinusP));
            sum += weight * (g - gAtOne) * tail;
        }

        return gAtOne + (sum * Math.Exp(-logNorm));
    }

    /// <summary>
    /// For degenerate parameter values (a + b + x in the millions, as fits on identical customers produce) p is almost
    /// constant: E over p ~ Beta(a, b+x) of g(p) = (1 − (1 + p t/(α+T))^−(r+x)) / p by a three-point rule exact for cubics.
    /// </summary>
    private double ConcentratedApproximation(int x, double age, double t)
    {
        double total = A + B + x;
        double mean = A / total;
        double sd = Math.Sqrt(mean * (1d - mean) / (total + 1d));
        double h = Math.Min(sd * Math.Sqrt(3d), 0.999 * mean);
        double scale = t / (Alpha + age);
        double rx = R + x;
        double G(double p) => -CvSpecialFunctions.ExpM1(-rx * CvSpecialFunctions.Log1P(p * scale)) / p;
        return (G(mean - h) + (4d * G(mean)) + G(Math.Min(mean + h, 1d))) / 6d;
    }

    /// <summary>ln[(1−z)^(r+x) 2F1(r+x, b+x; c; z)] by the positive series, rescaled so that it cannot overflow.</summary>
    private double LogPowerTimesHyp2F1(int x, double logBase, double z, double c)
    {
        double p = R + x, q = B + x;
        double term = 1d, sum = 1d, logScale = 0d;
        for (int n = 0; n < 20_000; n++)
        {
            if (n == 19_999)
            {
                return double.NaN;
            }

            double ratio = (p + n) * (q + n) / ((c + n) * (n + 1d)) * z;
            term *= ratio;
            sum += term;
            if (sum > 1e280)
            {
                sum *= 1e-280;
                term *= 1e-280;
                logScale += 280d * Math.Log(10d);
            }

            if (ratio < 1d && term * ratio / (1d - ratio) <= 1e-16 * sum)
            {
                break;
            }
        }

        return (p * logBase) + Math.Log(sum) + logScale;
    }
}
