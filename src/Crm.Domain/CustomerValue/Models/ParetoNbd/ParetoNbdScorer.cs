using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>
/// The scoring hot path of the Pareto/NBD: P(alive) and E[Y(t) | alive] with the per-model constants computed once.
/// Every single-customer and batch member goes through it, so batch and single results are identical bit for bit.
/// </summary>
/// <remarks>
/// P(alive) = 1 / (1 + K), K = s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀ (Fader &amp; Hardie 2005 note, eq. 18 and 24). With
/// Euler's transformation 2F1(a, b; a+1; z) = (1−z)^(1−b) 2F1(1, a+1−b; a+1; z) (a = r+s+x) all powers collapse into
/// E = ((α+T)/(α+t_x))^(r+x) ((β+T)/(β+t_x))^s ≥ 1:
/// <code>
/// α ≥ β: K = s/a [E H(z_tx) − H(z_T)],                         z_y = (α−β)/(α+y), H = Σ (r+x)_n/(a+1)_n zⁿ
/// α &lt; β: K = s/a [E w_tx H(z_tx) − w_T H(z_T)], w_y = (α+y)/(β+y), z_y = (β−α)/(β+y), H = Σ (s+1)_n/(a+1)_n zⁿ
/// </code>
/// H has positive terms falling at least as fast as zⁿ, and both series share their coefficients, so one loop with
/// one division per term sums both. Cost: two logarithms and one exponential for E (which overflows to +∞ only when
/// P(alive) is below 1e-308, giving the right limit 0), plus a short loop (z ≈ 0.02–0.1 on CDNOW). For z_tx &gt; 0.8
/// (α or β far above the other plus t_x) the series is slow and the general log-space path of the likelihood is used.
/// </remarks>
internal readonly struct ParetoNbdScorer
{
    private const double SlowSeries = 0.8;

    // The series stop when their tail (≤ term z/(1−z), the terms falling at least as fast as zⁿ) is below this
    // fraction of the sum.
    private const double TailTolerance = 1e-16;

    private readonly double r;
    private readonly double alpha;
    private readonly double s;
    private readonly double beta;
    private readonly double difference;
    private readonly double epsilon;
    private readonly bool alphaAtLeastBeta;

    public ParetoNbdScorer(double r, double alpha, double s, double beta)
    {
        this.r = r;
        this.alpha = alpha;
        this.s = s;
        this.beta = beta;
        alphaAtLeastBeta = alpha >= beta;
        difference = alphaAtLeastBeta ? alpha - beta : beta - alpha;
        epsilon = s - 1d;
    }

    /// <summary>P(alive | x, t_x, T) in [0, 1].</summary>
    public double ProbabilityAlive(int x, double tx, double age)
    {
        if (tx >= age)
        {
            return 1d;
        }

        double pivot = alphaAtLeastBeta ? alpha : beta;
        double zTx = difference / (pivot + tx);
        if (zTx > SlowSeries)
        {
            return ParetoNbdLikelihood.ProbabilityAlive(r, alpha, s, beta, x, tx, age);
        }

        double zAge = difference / (pivot + age);
        double rx = r + x;
        double a = rx + s;
        double b = alphaAtLeastBeta ? rx : s + 1d;
        double c = a + 1d;
        double termTx = 1d, termAge = 1d, sumTx = 1d, sumAge = 1d;
        double stop = TailTolerance * (1d - zTx) / zTx;
        for (int n = 0; termTx > stop * sumTx; n++)
        {
            double q = (b + n) / (c + n);
            termTx *= q * zTx;
            termAge *= q * zAge;
            sumTx += termTx;
            sumAge += termAge;
        }

        double e = Math.Exp((rx * Math.Log((alpha + age) / (alpha + tx))) + (s * Math.Log((beta + age) / (beta + tx))));
        double k = alphaAtLeastBeta
            ? (e * sumTx) - sumAge
            : (e * ((alpha + tx) / (beta + tx)) * sumTx) - ((alpha + age) / (beta + age) * sumAge);

        // A₀ ≥ 0 exactly; a negative difference is rounding when t_x ≈ T.
        return 1d / (1d + (s / a * Math.Max(k, 0d)));
    }

    /// <summary>
    /// E[Y(t) | alive, x, T] = (r+x)(β+T)/(α+T) · (1 − ((β+T)/(β+T+t))^(s−1))/(s−1), continuous at s = 1 (where the
    /// last factor is ln(1 + t/(β+T))): one logarithm and one exponential.
    /// </summary>
    public double ExpectedGivenAlive(int x, double age, double t)
    {
        double scale = beta + age;
        double logBase = -CvSpecialFunctions.Log1P(t / scale);
        double shape = epsilon == 0d ? -logBase : -ExpM1(epsilon * logBase) / epsilon;
        return (r + x) / (alpha + age) * scale * shape;
    }

    /// <summary>
    /// e^u − 1 to full relative precision with one exponential at most: a degree-14 Taylor polynomial for |u| ≤ ½
    /// (truncation below 5e-17 relative), e^u − 1 beyond (no cancellation there).
    /// </summary>
    internal static double ExpM1(double u)
    {
        if (!(Math.Abs(u) <= 0.5d))
        {
            return Math.Exp(u) - 1d;
        }

        // u (1 + u q), q = Σ_{k=0..12} u^k/(k+2)! in Estrin's scheme: independent pairs joined with u², u⁴ and u⁸, so
        // the dependency chain is five multiply-adds deep instead of thirteen; the 1 is added last, rounding once.
        double u2 = u * u;
        double u4 = u2 * u2;
        double u8 = u4 * u4;
        double q01 = 0.5 + (u * 0.16666666666666666);
        double q23 = 0.041666666666666664 + (u * 0.008333333333333333);
        double q45 = 0.001388888888888889 + (u * 0.0001984126984126984);
        double q67 = 2.48015873015873e-05 + (u * 2.7557319223985893e-06);
        double q89 = 2.755731922398589e-07 + (u * 2.505210838544172e-08);
        double q1011 = 2.08767569878681e-09 + (u * 1.6059043836821613e-10);
        double q03 = q01 + (u2 * q23);
        double q47 = q45 + (u2 * q67);
        double q811 = q89 + (u2 * q1011);
        double q07 = q03 + (u4 * q47);
        double q812 = q811 + (u4 * 1.1470745597729725e-11);
        double p = 1d + (u * (q07 + (u8 * q812)));
        return u * p;
    }
}
