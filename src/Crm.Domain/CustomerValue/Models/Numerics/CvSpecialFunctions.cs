using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// The special functions the customer-value models need and MathNet.Numerics lacks: the Gauss hypergeometric
/// 2F1 (general series and the 2F1(1, b; c; z) form with its parameter derivatives), the upper incomplete gamma
/// function for any real order, and Tricomi's confluent hypergeometric U(s, s; z). Pure functions, thread-safe.
/// </summary>
internal static class CvSpecialFunctions
{
    private const double Epsilon = 1e-16;
    private const int MaxTerms = 1_000_000;
    private const int SeriesTermCap = 20_000;
    private const double EulerGamma = 0.57721566490153286061;

    /// <summary>
    /// 2F1(a, b; c; z) by its power series for real parameters and 0 ≤ z &lt; 1, c not a non-positive integer.
    /// Used by tests and by callers with moderate z; the models use the specialised forms below.
    /// </summary>
    public static double Hypergeometric2F1(double a, double b, double c, double z)
    {
        double term = 1d;
        double sum = 1d;
        for (int n = 0; n < MaxTerms; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.Abs(term) <= Epsilon * Math.Abs(sum) && n > 2)
            {
                break;
            }
        }

        return sum;
    }

    /// <summary>
    /// 2F1(1, b; c; z) = Σ (b)_n / (c)_n z^n for 0 ≤ z &lt; 1 and 0 &lt; b &lt; c (all terms positive and falling), with
    /// the partial derivatives of its logarithm in b, c and z. The terms fall at least as fast as z^n, so the tail after
    /// a term t is below t·z/(1−z). Summed exactly up to 20,000 terms (enough for 1 − z ≥ 2e-3); beyond, the tail is
    /// approximated by an integral (relative accuracy about 1e-4, met only when the optimiser strays to α ≫ β + T).
    /// </summary>
    public static double LogHyp2F1OneB(double b, double c, double z, out double dLogDb, out double dLogDc, out double dLogDz)
    {
        double term = 1d;
        double sum = 1d;
        double sumDb = 0d;
        double sumDc = 0d;
        double sumN = 0d;
        double hb = 0d;
        double hc = 0d;
        double tailFactor = z / (1d - z);
        int n = 0;
        bool converged = z == 0d;
        for (; n < SeriesTermCap && !converged; n++)
        {
            hb += 1d / (b + n);
            hc += 1d / (c + n);
            term *= (b + n) / (c + n) * z;
            sum += term;
            sumDb += term * hb;
            sumDc += term * hc;
            sumN += term * (n + 1);
            converged = term * (n + 2) * tailFactor <= Epsilon * sum;
        }

        if (!converged)
        {
            // z close to 1: beyond N terms, t_(N+k) ≈ t_N (1 + k/N)^−(c−b) z^k, whose sum is
            // t_N N ∫₀^∞ (1+v)^−(c−b) e^(−μv) dv = t_N N μ^(c−b−1) e^μ Γ(1−(c−b), μ), μ = −N ln z. Relative accuracy ~1/N.
            double mu = -n * Math.Log(z);
            double p = c - b;
            double tail = term * n * Math.Exp(((p - 1d) * Math.Log(mu)) + Math.Log(ScaledUpperGamma(1d - p, mu)));
            if (double.IsFinite(tail) && tail > 0d && p < 1e6)
            {
                sum += tail;
                sumDb += tail * hb;
                sumDc += tail * hc;
                sumN += tail * n;
            }
        }

        dLogDb = sumDb / sum;
        dLogDc = -sumDc / sum;
        dLogDz = z > 0d ? sumN / z / sum : b / c;
        return Math.Log(sum);
    }

    /// <summary>
    /// e^z Γ(a, z), the scaled upper incomplete gamma function, for any real a and z &gt; 0: Legendre's continued
    /// fraction for z ≥ 2, otherwise a series at an order shifted into (−½, ½] (with (Γ(1+a) − 1)/a and expm1 so that
    /// a → 0 is exact) and the three-term recurrence back to a.
    /// </summary>
    public static double ScaledUpperGamma(double a, double z)
    {
        if (z >= 2d || a < -30d)
        {
            // Legendre's fraction converges for every z > 0, quickly when z or −a is large; the recurrence below would
            // need −a steps.
            return Math.Exp(a * Math.Log(z)) * UpperGammaContinuedFraction(a, z);
        }

        double a0 = a - Math.Round(a);
        if (a0 <= -0.5)
        {
            a0 += 1d;
        }

        int steps = (int)Math.Round(a0 - a);
        double lnZ = Math.Log(z);
        double g = Math.Exp(z) * UpperGammaSmallOrder(a0, z, lnZ);
        double order = a0;
        while (steps > 0)
        {
            // e^z Γ(a−1, z) = (e^z Γ(a, z) − z^(a−1)) / (a − 1)
            g = (g - Math.Exp((order - 1d) * lnZ)) / (order - 1d);
            order -= 1d;
            steps--;
        }

        while (steps < 0)
        {
            // e^z Γ(a+1, z) = a e^z Γ(a, z) + z^a
            g = (order * g) + Math.Exp(order * lnZ);
            order += 1d;
            steps++;
        }

        return g;
    }

    /// <summary>Tricomi's confluent hypergeometric function U(s, s; z) = e^z Γ(1 − s, z) for s &gt; 0, z &gt; 0.</summary>
    public static double TricomiUEqualParameters(double s, double z) => ScaledUpperGamma(1d - s, z);

    /// <summary>φ(ε, L) = (1 − e^(εL)) / ε, continuous at ε = 0 (where it is −L).</summary>
    public static double OneMinusExpOver(double epsilon, double logBase) =>
        epsilon == 0d ? -logBase : -ExpM1(epsilon * logBase) / epsilon;

    /// <summary>ln(e^u + e^v) without overflow.</summary>
    public static double LogSumExp(double u, double v)
    {
        double m = Math.Max(u, v);
        return double.IsNegativeInfinity(m) ? m : m + Math.Log(Math.Exp(u - m) + Math.Exp(v - m));
    }

    /// <summary>e^x − 1, accurate for small x (Kahan's trick; .NET's double.ExpM1 is the naive formula).</summary>
    public static double ExpM1(double x)
    {
        if (Math.Abs(x) < 1e-5)
        {
            return x * (1d + (x * (0.5 + (x / 6d))));
        }

        double u = Math.Exp(x);
        if (Math.Abs(x) > 0.5 || double.IsInfinity(u))
        {
            return u - 1d;
        }

        return (u - 1d) * x / Math.Log(u);
    }

    /// <summary>ln(1 + x), accurate for small x (Kahan's trick).</summary>
    public static double Log1P(double x)
    {
        double u = 1d + x;
        return u == 1d ? x : Math.Log(u) * x / (u - 1d);
    }

    /// <summary>
    /// The trigamma function ψ₁(x) = d²/dx² ln Γ(x) for x &gt; 0: the recurrence ψ₁(x) = ψ₁(x+1) + 1/x² lifts x to 10 or
    /// more, where the asymptotic series 1/x + 1/(2x²) + Σ B₂ₖ/x^(2k+1) (to B₁₂) is accurate to about 1e-15 relative.
    /// </summary>
    public static double Trigamma(double x)
    {
        double sum = 0d;
        while (x < 10d)
        {
            sum += 1d / (x * x);
            x += 1d;
        }

        double inv = 1d / x;
        double inv2 = inv * inv;

        // 1/x + 1/(2x²) + 1/(6x³) − 1/(30x⁵) + 1/(42x⁷) − 1/(30x⁹) + 5/(66x¹¹) − 691/(2730x¹³)
        double series = 1d / 6d + (inv2 * (-1d / 30d + (inv2 * (1d / 42d + (inv2 * (-1d / 30d + (inv2 * (5d / 66d + (inv2 * (-691d / 2730d))))))))));
        return sum + inv + (0.5 * inv2) + (inv * inv2 * series);
    }

    private static double UpperGammaSmallOrder(double a, double z, double lnZ)
    {
        // Γ(a, z) = (Γ(1+a) − 1)/a − (z^a − 1)/a − z^a Σ_{n≥1} (−z)^n / (n! (a + n)), for |a| ≤ ½.
        double gammaPart = a == 0d ? -EulerGamma : ExpM1(LogGammaOnePlus(a)) / a;
        double powerPart = a == 0d ? lnZ : ExpM1(a * lnZ) / a;
        double term = 1d;
        double sum = 0d;
        for (int n = 1; n < 200; n++)
        {
            term *= -z / n;
            double add = term / (a + n);
            sum += add;
            if (Math.Abs(add) <= Epsilon * Math.Abs(sum))
            {
                break;
            }
        }

        return gammaPart - powerPart - (Math.Exp(a * lnZ) * sum);
    }

    private static double LogGammaOnePlus(double a)
    {
        if (Math.Abs(a) < 1e-3)
        {
            // ln Γ(1+a) = −γa + Σ_{k≥2} (−1)^k ζ(k) a^k / k
            const double Zeta2 = 1.6449340668482264, Zeta3 = 1.2020569031595943, Zeta4 = 1.0823232337111382, Zeta5 = 1.0369277551433699;
            return a * (-EulerGamma + (a * ((Zeta2 / 2d) + (a * ((-Zeta3 / 3d) + (a * ((Zeta4 / 4d) - (a * Zeta5 / 5d))))))));
        }

        return SpecialFunctions.GammaLn(1d + a);
    }

    private static double UpperGammaContinuedFraction(double a, double z)
    {
        // Modified Lentz evaluation of Γ(a, z) e^z z^−a = 1/(z+1−a− 1(1−a)/(z+3−a− 2(2−a)/(z+5−a− …))).
        const double Tiny = 1e-300;
        double b = z + 1d - a;
        double c = 1d / Tiny;
        double d = 1d / b;
        double h = d;
        for (int i = 1; i < 10_000; i++)
        {
            double an = -i * (i - a);
            b += 2d;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1d / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1d) <= Epsilon)
            {
                break;
            }
        }

        return h;
    }
}
