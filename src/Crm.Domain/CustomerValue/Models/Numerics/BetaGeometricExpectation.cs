using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// The conditional expectation shared by the beta-geometric models (BG/NBD, Fader, Hardie &amp; Lee 2005, eq. 10; MBG/NBD,
/// Batislam, Denizel &amp; Filiztekin 2007, with b replaced by b + 1):
/// E(r, α, a, b; x, T, t) = (a+b+x−1)/(a−1) [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))],
/// the expected transactions in (T, T+t] of a customer who is alive at T after x repeat purchases, for the parameter
/// corners where the scoring kernel's Euler-transformed series (<see cref="BetaGeometricScoring"/>) cancels or
/// overflows. Finite for every valid input; pure and thread-safe.
/// </summary>
internal static class BetaGeometricExpectation
{
    /// <summary>
    /// The expectation above without the transformed series: the untransformed positive series where a is away from 1,
    /// else the expectation over p ~ Beta(a, b+x) by a rule chosen by the distribution's shape. Saturates at
    /// <see cref="double.MaxValue"/> where the expectation itself exceeds the range of a double (a mean purchase rate
    /// r/α near 1e308 per period), so that no infinity leaves the model.
    /// </summary>
    /// <param name="r">r of the purchase-rate distribution.</param>
    /// <param name="a">a of the drop-out distribution.</param>
    /// <param name="b">b of the drop-out distribution (the MBG/NBD's b + 1).</param>
    /// <param name="x">Repeat purchases.</param>
    /// <param name="baseTime">α + T (only its ratio to t matters).</param>
    /// <param name="t">The window's length, in the units of <paramref name="baseTime"/>.</param>
    public static double Fallback(double r, double a, double b, int x, double baseTime, double t) =>
        Math.Min(Unbounded(r, a, b, x, baseTime, t), double.MaxValue);

    private static double Unbounded(double r, double a, double b, int x, double baseTime, double t)
    {
        double logBase = -CvSpecialFunctions.Log1P(t / baseTime);
        double z = t / (baseTime + t);
        double epsilon = a - 1d;
        double c = a + b + x - 1d;
        double value;

        // r ≫ a + b with few transactions: the alternating terms above cancel (or overflow). The untransformed series
        // has positive terms; only the division by a − 1 remains, harmless away from a = 1.
        if (c > 0d && Math.Abs(epsilon) >= 1e-3 && LogPowerTimesHyp2F1(r + x, b + x, c, logBase, z) is var logP && double.IsFinite(logP))
        {
            value = c / epsilon * -CvSpecialFunctions.ExpM1(logP);
            if (double.IsFinite(value))
            {
                return Math.Max(value, 0d);
            }
        }

        var g = new IntegrandOverP(r + x, t / baseTime);
        double shape = b + x;
        // Concentrated only where p sits near 1 (a in the millions): near 0 (b + x in the millions, a small) the
        // integrand changes on the scale 1/s of p, which can be far narrower than the distribution.
        double fallback = Math.Min(a, shape) >= 10d ? AroundTheMean(in g, a, shape)
            : a >= 10d && a + shape > 1e6 ? Concentrated(in g, a, shape)
            : Quadrature(in g, a, shape);
        return Math.Max(fallback, 0d);
    }

    /// <summary>
    /// E over p ~ Beta(a, q) of g(p) for a, q ≥ 10, where the density is smooth, vanishes at both ends and is nearly
    /// normal: the trapezoid rule at a quarter of a standard deviation on ±40 standard deviations around the mean
    /// (clipped to (0, 1)), self-normalised with the log-density evaluated at each node, so that neither the Beta function
    /// nor the density's peak can overflow.
    /// </summary>
    private static double AroundTheMean(in IntegrandOverP g, double a, double q)
    {
        const int HalfWidth = 160;
        double mean = a / (a + q);
        double sd = Math.Sqrt(mean * (1d - mean) / (a + q + 1d));
        double step = sd / 4d;
        double peak = LogDensity(mean, a, q);
        double sum = 0d, norm = 0d;
        for (int k = -HalfWidth; k <= HalfWidth; k++)
        {
            double p = mean + (k * step);
            if (p <= 0d || p >= 1d)
            {
                continue;
            }

            double w = Math.Exp(LogDensity(p, a, q) - peak);
            sum += w * g.At(p);
            norm += w;
        }

        // A distribution narrower than the doubles around its mean (a in the 1e300s) leaves no node inside (0, 1).
        return norm > 0d ? sum / norm : g.At(mean);
    }

    /// <summary>ln of the unnormalised Beta(a, q) density, (a−1) ln p + (q−1) ln(1−p).</summary>
    private static double LogDensity(double p, double a, double q) => ((a - 1d) * Math.Log(p)) + ((q - 1d) * CvSpecialFunctions.Log1P(-p));

    /// <summary>
    /// E over p ~ Beta(a, q) of g(p) by tanh-sinh quadrature in u = p^a (which absorbs the p^(a−1) endpoint behaviour):
    /// the fallback when neither series is usable (e.g. a ≪ 1 with r ≫ 1 and long t).
    /// </summary>
    private static double Quadrature(in IntegrandOverP g, double a, double q)
    {
        const double H = 1d / 64d;
        double tailPower = q - 1d;
        double logNorm = Math.Log(a) + SpecialFunctions.BetaLn(a, q);

        // E[g] = g(1) + E[g − g(1)]: the difference vanishes at p = 1, taming (1−p)^(q−1) when q ≪ 1.
        double gAtOne = g.AtOne();
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
            double logP = (u > 0.5 ? CvSpecialFunctions.Log1P(-oneMinusU) : Math.Log(u)) / a;
            double oneMinusP = -CvSpecialFunctions.ExpM1(logP);
            if (oneMinusP == 0d)
            {
                // p rounds to 1: the integrand (g(p) − g(1)) (1−p)^(q−1) ~ g'(1) (1−p)^q vanishes there (q > 0).
                continue;
            }

            // The weight (tiny near u = 1) and (1−p)^(q−1) (huge there when q < 1) are multiplied in log space: their
            // product is small, but the power alone overflows for 1 − p below ~1e-308, and ∞ × 0 was NaN
            // (BG/NBD(1000, 1e-8, 1000, 1e-8), issue 13).
            double weightedTail = Math.Exp(Math.Log(weight) + (tailPower == 0d ? 0d : tailPower * Math.Log(oneMinusP)));
            sum += (g.At(Math.Exp(logP)) - gAtOne) * weightedTail;
        }

        return gAtOne + (sum * Math.Exp(-logNorm));
    }

    /// <summary>
    /// For degenerate parameter values (a in the millions, as fits on identical customers produce) p is almost
    /// constant near 1, where g is smooth: E over p ~ Beta(a, q) of g(p) by a three-point rule exact for cubics.
    /// </summary>
    private static double Concentrated(in IntegrandOverP g, double a, double q)
    {
        double total = a + q;
        double mean = a / total;
        double sd = Math.Sqrt(mean * (1d - mean) / (total + 1d));
        double h = Math.Min(sd * Math.Sqrt(3d), 0.999 * mean);
        return (g.At(mean - h) + (4d * g.At(mean)) + g.At(Math.Min(mean + h, 1d))) / 6d;
    }

    /// <summary>ln[(1−z)^p 2F1(p, q; c; z)] by the positive series, rescaled so that it cannot overflow.</summary>
    /// <remarks>
    /// The series' terms after the leading 1 are summed apart and the logarithm taken with log1p: with p ≪ 1 (tiny r)
    /// they add up to about −p ln(1−z), far below 1e-16, and 1 + tail would round them away. The result (about the
    /// expectation divided by c) is then the difference of two such small numbers, not of two numbers near 1.
    /// </remarks>
    private static double LogPowerTimesHyp2F1(double p, double q, double c, double logBase, double z)
    {
        double term = 1d, tail = 0d, logScale = 0d;
        for (int n = 0; n < 20_000; n++)
        {
            if (n == 19_999)
            {
                return double.NaN;
            }

            double ratio = (p + n) * (q + n) / ((c + n) * (n + 1d)) * z;
            term *= ratio;
            tail += term;
            if (tail > 1e280)
            {
                // The leading 1 is far below the tail's last digit from here on.
                tail *= 1e-280;
                term *= 1e-280;
                logScale += 280d * Math.Log(10d);
            }

            // The tail after this term is below term ρ/(1−ρ) for any ρ ≥ every later ratio; it is measured against the
            // tail, not 1 + tail, because the result is the small difference p ln(1−z) + ln(1 + tail). The current ratio is no
            // such bound (with p ≪ 1 the first ratio is about p z and the later ones approach z); each factor of the
            // ratio moves monotonically towards its limit, so ρ = z max(1, (p+n)/(c+n)) max(1, (q+n)/(n+1)) bounds them.
            double bound = z * Math.Max(1d, (p + n) / (c + n)) * Math.Max(1d, (q + n) / (n + 1d));
            if (bound < 1d && term * bound / (1d - bound) <= 1e-16 * tail)
            {
                break;
            }
        }

        double logSum = logScale == 0d ? CvSpecialFunctions.Log1P(tail) : Math.Log(tail) + logScale;
        return (p * logBase) + logSum;
    }

    /// <summary>g(p) = (1 − (1 + p s)^−m) / p with s = t/(α+T) and m = r + x: the expected purchases given p.</summary>
    private readonly struct IntegrandOverP(double m, double s)
    {
        public double At(double p) => p == 0d ? m * s : -CvSpecialFunctions.ExpM1(-m * CvSpecialFunctions.Log1P(p * s)) / p;

        public double AtOne() => -CvSpecialFunctions.ExpM1(-m * CvSpecialFunctions.Log1P(s));
    }
}
