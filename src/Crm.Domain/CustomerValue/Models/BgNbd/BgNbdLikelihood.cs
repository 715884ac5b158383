using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.Numerics;
using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.BgNbd;

/// <summary>
/// The BG/NBD log-likelihood (Fader, Hardie &amp; Lee 2005, eq. 6) in log-sum-exp form with its analytic gradient in
/// (r, α, a, b). Special functions that depend only on x are computed once per distinct x.
/// </summary>
internal sealed class BgNbdLikelihood(SummaryTable table) : ILikelihood
{
    public int Dimension => 4;

    public double TotalWeight => table.TotalWeight;

    /// <summary>ln L for one customer, with the gradient in (r, α, a, b) when <paramref name="gradient"/> is not empty.</summary>
    public static double Single(double r, double alpha, double a, double b, int x, double tx, double age, Span<double> gradient)
    {
        var perX = new PerX(r, a, b, x);
        return Row(r, alpha, a, b, x, tx, age, in perX, gradient);
    }

    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double r = parameters[0], alpha = parameters[1], a = parameters[2], b = parameters[3];
        gradient.Clear();
        Span<double> g = stackalloc double[4];
        double total = 0d;
        int lastX = -1;
        PerX perX = default;
        var xs = table.X;
        for (int i = 0; i < xs.Length; i++)
        {
            if (xs[i] != lastX)
            {
                lastX = xs[i];
                perX = new PerX(r, a, b, lastX);
            }

            double w = table.Weight[i];
            total += w * Row(r, alpha, a, b, xs[i], table.Recency[i], table.Age[i], in perX, g);
            for (int j = 0; j < 4; j++)
            {
                gradient[j] += w * g[j];
            }
        }

        return total;
    }

    private static double Row(double r, double alpha, double a, double b, int x, double tx, double age, in PerX px, Span<double> gradient)
    {
        double lnAlphaT = Math.Log(alpha + age);
        double rx = r + x;

        // A1 = ln B(a, b+x) − ln B(a, b) − (r+x) ln(α+T); A2 (x > 0) = A1 + ln a − ln(b+x−1) + (r+x)(ln(α+T) − ln(α+t_x)).
        double a1 = px.LogBetaRatio - (rx * lnAlphaT);
        double lnAlpha = Math.Log(alpha);
        double constant = px.LogGammaRatio + (r * lnAlpha);
        if (x == 0)
        {
            if (!gradient.IsEmpty)
            {
                gradient[0] = px.DigammaRatioR + lnAlpha - lnAlphaT;
                gradient[1] = (r / alpha) - (rx / (alpha + age));
                gradient[2] = px.DA1Da;
                gradient[3] = px.DA1Db;
            }

            return constant + a1;
        }

        double lnAlphaTx = Math.Log(alpha + tx);
        double a2 = px.LogBetaRatio + Math.Log(a) - Math.Log(b + x - 1d) - (rx * lnAlphaTx);
        double m = Math.Max(a1, a2);
        double e1 = Math.Exp(a1 - m);
        double e2 = Math.Exp(a2 - m);
        double sum = e1 + e2;
        if (!gradient.IsEmpty)
        {
            double w1 = e1 / sum, w2 = e2 / sum;
            gradient[0] = px.DigammaRatioR + lnAlpha - (w1 * lnAlphaT) - (w2 * lnAlphaTx);
            gradient[1] = (r / alpha) - (w1 * rx / (alpha + age)) - (w2 * rx / (alpha + tx));
            gradient[2] = px.DA1Da + (w2 / a);
            gradient[3] = px.DA1Db - (w2 / (b + x - 1d));
        }

        return constant + m + Math.Log(sum);
    }

    /// <summary>The special functions that depend on x only.</summary>
    internal readonly struct PerX
    {
        public PerX(double r, double a, double b, int x)
        {
            double psiAb = SpecialFunctions.DiGamma(a + b);
            double psiAbx = x == 0 ? psiAb : SpecialFunctions.DiGamma(a + b + x);
            double psiB = SpecialFunctions.DiGamma(b);
            double psiBx = x == 0 ? psiB : SpecialFunctions.DiGamma(b + x);
            LogGammaRatio = GammaRatios.LogGamma(r, x);
            DigammaRatioR = GammaRatios.Digamma(r, x);

            // ln B(a, b+x) − ln B(a, b) = ln Γ(b+x) − ln Γ(b) + ln Γ(a+b) − ln Γ(a+b+x)
            LogBetaRatio = x == 0 ? 0d : SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(b) + SpecialFunctions.GammaLn(a + b) - SpecialFunctions.GammaLn(a + b + x);
            DA1Da = psiAb - psiAbx;
            DA1Db = psiBx - psiAbx - psiB + psiAb;
        }

        public double LogGammaRatio { get; }

        public double DigammaRatioR { get; }

        public double LogBetaRatio { get; }

        public double DA1Da { get; }

        public double DA1Db { get; }
    }
}
