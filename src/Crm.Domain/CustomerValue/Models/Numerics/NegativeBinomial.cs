using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// The negative binomial distribution of an active customer's purchases in (0, t] under a Gamma(r, α) purchase rate:
/// NB(j) = Γ(r + j) / (Γ(r) j!) (α/(α+t))^r (t/(α+t))^j, its log and its upper tail P(NB ≥ n); the BG/NBD's and MBG/NBD's
/// P(X(t) = n) are built on them. Pure functions, thread-safe.
/// </summary>
internal static class NegativeBinomial
{
    // Ten million terms: a tail summed from its largest term falls below 1e-17 of the sum within a few hundred
    // standard deviations, √(mean) each, so only a mean near 1e9 could come near this. The loops count terms and keep
    // j as a double, so n near int.MaxValue neither overflows the bound nor the index.
    private const int MaxTerms = 10_000_000;

    /// <summary>ln NB(j) for j ≥ 0, with ln(α/(α+t)) and ln(t/(α+t)) given (accurate at any r: <see cref="GammaRatios.LogGamma"/>).</summary>
    public static double LogProbability(double r, int j, double logStay, double logGo) =>
        GammaRatios.LogGamma(r, j) - SpecialFunctions.GammaLn(j + 1d) + (r * logStay) + (j > 0 ? j * logGo : 0d);

    /// <summary>
    /// P(NB ≥ n) = I_z(n, r) with z = t/(α+t), for n ≥ 0 and t &gt; 0. Below <see cref="GammaRatios.LargeShape"/> MathNet's
    /// regularised incomplete beta; from it on (where that function's own log-gamma differences cancel, 1e-3 off at
    /// r = 1e12 and NaN at 1e300), and wherever it is not finite, the terms are summed from the largest one on the short
    /// side of the mode down to 1e-17 of the sum: the tail itself beyond the mode, else its complement 1 − P(NB &lt; n),
    /// which is then at most about ½, so the subtraction loses nothing.
    /// </summary>
    public static double Tail(double r, double alpha, double t, int n)
    {
        if (n == 0)
        {
            return 1d;
        }

        double z = t / (alpha + t);
        if (r < GammaRatios.LargeShape)
        {
            double direct = SpecialFunctions.BetaRegularized(n, r, z);
            if (double.IsFinite(direct))
            {
                return direct;
            }
        }

        double logStay = -CvSpecialFunctions.Log1P(t / alpha);
        double logGo = Math.Log(z);

        // The mode of NB is about (r − 1) t/α; from n past it the terms only fall, upwards from n and downwards from n − 1.
        double mode = (r - 1d) * (t / alpha);
        if (n > mode)
        {
            return Math.Clamp(Math.Exp(LogProbability(r, n, logStay, logGo)) * SumUp(r, z, n), 0d, 1d);
        }

        double head = Math.Exp(LogProbability(r, n - 1, logStay, logGo)) * SumDown(r, z, n - 1);
        return Math.Clamp(1d - head, 0d, 1d);
    }

    /// <summary>Σ_{j ≥ from} NB(j) / NB(from), by the ratio NB(j+1)/NB(j) = (r + j) z / (j + 1).</summary>
    private static double SumUp(double r, double z, int from)
    {
        double term = 1d, sum = 1d, j = from;
        for (int k = 0; k < MaxTerms; k++, j++)
        {
            double ratio = (r + j) * z / (j + 1d);
            term *= ratio;
            sum += term;
            if (ratio < 1d && term <= 1e-17 * sum)
            {
                break;
            }
        }

        return sum;
    }

    /// <summary>Σ_{0 ≤ j ≤ from} NB(j) / NB(from), by the ratio NB(j−1)/NB(j) = j / ((r + j − 1) z).</summary>
    private static double SumDown(double r, double z, int from)
    {
        double term = 1d, sum = 1d, j = from;
        for (int k = 0; k < MaxTerms && j > 0d; k++, j--)
        {
            double ratio = j / ((r + j - 1d) * z);
            term *= ratio;
            sum += term;
            if (ratio < 1d && term <= 1e-17 * sum)
            {
                break;
            }
        }

        return sum;
    }
}
