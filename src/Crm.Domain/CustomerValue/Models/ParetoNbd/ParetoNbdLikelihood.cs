using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>
/// The Pareto/NBD log-likelihood in the form of Fader &amp; Hardie's note "A Note on Deriving the Pareto/NBD Model and
/// Related Expressions" (2005, eq. 22–24): L = Γ(r+x)α^r β^s / Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀ ], with
/// A₀ the difference of two 2F1 terms at t_x and T. Everything is in log space; each 2F1(r+s+x, ·; r+s+x+1; z) is
/// computed after Euler's transformation as (1−z)^(1−b) 2F1(1, ·; r+s+x+1; z), a series of positive falling terms whose
/// parameter derivatives give the analytic gradient.
/// </summary>
internal sealed class ParetoNbdLikelihood(SummaryTable table) : IRowRangeLikelihood
{
    public int Dimension => 4;

    public double TotalWeight => table.TotalWeight;

    public int Rows => table.Count;

    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient) => Evaluate(parameters, 0, table.Count, gradient);

    public double Evaluate(ReadOnlySpan<double> parameters, int start, int end, Span<double> gradient)
    {
        double r = parameters[0], alpha = parameters[1], s = parameters[2], beta = parameters[3];
        gradient.Clear();
        Span<double> g = stackalloc double[4];
        double total = 0d;
        int lastX = -1;
        double lnGammaRatio = 0d, digammaRatio = 0d;
        var xs = table.X;
        for (int i = start; i < end; i++)
        {
            if (xs[i] != lastX)
            {
                lastX = xs[i];
                lnGammaRatio = GammaRatios.LogGamma(r, lastX);
                digammaRatio = GammaRatios.Digamma(r, lastX);
            }

            double w = table.Weight[i];
            total += w * Row(r, alpha, s, beta, xs[i], table.Recency[i], table.Age[i], lnGammaRatio, digammaRatio, g);
            for (int j = 0; j < 4; j++)
            {
                gradient[j] += w * g[j];
            }
        }

        return total;
    }

    /// <summary>ln L of one customer (gradient written when <paramref name="gradient"/> is not empty).</summary>
    public static double Single(double r, double alpha, double s, double beta, int x, double tx, double age, Span<double> gradient)
    {
        double lnGammaRatio = GammaRatios.LogGamma(r, x);
        double digammaRatio = GammaRatios.Digamma(r, x);
        return Row(r, alpha, s, beta, x, tx, age, lnGammaRatio, digammaRatio, gradient);
    }

    /// <summary>P(alive | x, t_x, T) = (first term) / (first term + s/(r+s+x) A₀).</summary>
    public static double ProbabilityAlive(double r, double alpha, double s, double beta, int x, double tx, double age)
    {
        if (tx >= age)
        {
            return 1d;
        }

        double l1 = -((r + x) * Math.Log(alpha + age)) - (s * Math.Log(beta + age));
        double l2 = LogATerm(r, alpha, s, beta, x, tx, Span<double>.Empty);
        double l3 = LogATerm(r, alpha, s, beta, x, age, Span<double>.Empty);
        double m = Math.Max(l1, l2);
        double e1 = Math.Exp(l1 - m);
        double extra = Math.Max(Math.Exp(l2 - m) - Math.Exp(l3 - m), 0d);
        return e1 / (e1 + extra);
    }

    private static double Row(double r, double alpha, double s, double beta, int x, double tx, double age, double lnGammaRatio, double digammaRatio, Span<double> gradient)
    {
        double lnAlpha = Math.Log(alpha), lnBeta = Math.Log(beta);
        double lnAlphaT = Math.Log(alpha + age), lnBetaT = Math.Log(beta + age);
        double constant = lnGammaRatio + (r * lnAlpha) + (s * lnBeta);
        double l1 = -((r + x) * lnAlphaT) - (s * lnBetaT);
        bool wantGradient = !gradient.IsEmpty;
        if (wantGradient)
        {
            gradient[0] = digammaRatio + lnAlpha - lnAlphaT;
            gradient[1] = (r / alpha) - ((r + x) / (alpha + age));
            gradient[2] = lnBeta - lnBetaT;
            gradient[3] = (s / beta) - (s / (beta + age));
        }

        if (tx >= age)
        {
            return constant + l1;
        }

        Span<double> g2 = stackalloc double[4];
        Span<double> g3 = stackalloc double[4];
        double l2 = LogATerm(r, alpha, s, beta, x, tx, wantGradient ? g2 : Span<double>.Empty);
        double l3 = LogATerm(r, alpha, s, beta, x, age, wantGradient ? g3 : Span<double>.Empty);
        double m = Math.Max(l1, l2);
        double e1 = Math.Exp(l1 - m);
        double e2 = Math.Exp(l2 - m);
        double e3 = Math.Exp(l3 - m);
        if (e2 - e3 <= 0d)
        {
            // A₀ ≥ 0 exactly; a non-positive difference is rounding when t_x ≈ T.
            e2 = 0d;
            e3 = 0d;
        }

        double d = e1 + e2 - e3;
        if (wantGradient)
        {
            double w1 = e1 / d, w2 = e2 / d, w3 = e3 / d;
            Span<double> l1Grad = stackalloc double[4];
            l1Grad[0] = -lnAlphaT;
            l1Grad[1] = -(r + x) / (alpha + age);
            l1Grad[2] = -lnBetaT;
            l1Grad[3] = -s / (beta + age);
            for (int j = 0; j < 4; j++)
            {
                // Remove the l1 part added above, then add the mixture.
                double constantPart = gradient[j] - l1Grad[j];
                gradient[j] = constantPart + (w1 * l1Grad[j]) + (w2 * g2[j]) - (w3 * g3[j]);
            }
        }

        return constant + m + Math.Log(d);
    }

    /// <summary>ln[ s/(r+s+x) · 2F1(…; z(y)) / (max(α,β) + y)^(r+s+x) ], one of the two A₀ terms, with its gradient.</summary>
    private static double LogATerm(double r, double alpha, double s, double beta, int x, double y, Span<double> gradient)
    {
        double rx = r + x;
        double total = rx + s;
        double lnAlphaY = Math.Log(alpha + y), lnBetaY = Math.Log(beta + y);
        if (alpha >= beta)
        {
            double z = (alpha - beta) / (alpha + y);
            double ln1mz = lnBetaY - lnAlphaY;
            double lnG = CvSpecialFunctions.LogHyp2F1OneB(rx, total + 1d, z, out double dB, out double dC, out double dZ);
            double value = Math.Log(s) - Math.Log(total) - (s * ln1mz) + lnG - (total * lnAlphaY);
            if (!gradient.IsEmpty)
            {
                double kz = (s * (alpha + y) / (beta + y)) + dZ;
                gradient[0] = (-1d / total) + dB + dC - lnAlphaY;
                gradient[1] = (kz * (beta + y) / ((alpha + y) * (alpha + y))) - (total / (alpha + y));
                gradient[2] = (1d / s) - (1d / total) - ln1mz + dC - lnAlphaY;
                gradient[3] = -kz / (alpha + y);
            }

            return value;
        }
        else
        {
            double z = (beta - alpha) / (beta + y);
            double ln1mz = lnAlphaY - lnBetaY;
            double lnG = CvSpecialFunctions.LogHyp2F1OneB(s + 1d, total + 1d, z, out double dB, out double dC, out double dZ);
            double value = Math.Log(s) - Math.Log(total) + ((1d - rx) * ln1mz) + lnG - (total * lnBetaY);
            if (!gradient.IsEmpty)
            {
                double kz = ((rx - 1d) * (beta + y) / (alpha + y)) + dZ;
                gradient[0] = (-1d / total) - ln1mz + dC - lnBetaY;
                gradient[1] = -kz / (beta + y);
                gradient[2] = (1d / s) - (1d / total) + dB + dC - lnBetaY;
                gradient[3] = (kz * (alpha + y) / ((beta + y) * (beta + y))) - (total / (beta + y));
            }

            return value;
        }
    }
}
