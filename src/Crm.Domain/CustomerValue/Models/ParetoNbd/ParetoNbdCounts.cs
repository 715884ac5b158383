using Crm.Domain.CustomerValue.Models.Numerics;
using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>
/// P(X(t) = n) for a new customer under the Pareto/NBD model (Fader &amp; Hardie, "Deriving an expression for
/// P(X(t) = x) under the Pareto/NBD model", 2006). Given λ and μ, the customer either is alive at t with n Poisson
/// transactions, or dies at τ &lt; t after n of them; mixing over λ ~ Gamma(r, α) and μ ~ Gamma(s, β) gives
/// <code>
/// P(X(t) = n) = NB(n; r, α, t) (β/(β+t))^s + ∫₀ᵗ s/β (β/(β+τ))^(s+1) NB(n; r, α, τ) dτ,
/// </code>
/// NB the negative binomial count of an always-alive customer. The note's closed form writes the integral as a 2F1
/// term minus a finite sum of n + 1 2F1 terms, which cancel catastrophically when n is far above the mean (the
/// result is then many orders of magnitude below each term). Here the integral is evaluated directly, in log space:
/// with u = τ/(α+τ), U = t/(α+t) and u = U v it is
/// <code>
/// s α/β · Γ(r+n)/(Γ(r) n!) · U^(n+1) ∫₀¹ vⁿ (1−u)^(r+s−1) ((1−u) + (α/β) u)^−(s+1) dv,
/// </code>
/// a positive integrand without cancellation, summed by tanh-sinh quadrature (double-exponential nodes reach the
/// peak of vⁿ within 1/n of v = 1 and the (1−u)^(r+s−1) edge when t ≫ α). Relative accuracy about 1e-13 in the tests
/// against the closed form at 40 digits; the result is finite for every n ≥ 0 and valid parameter.
/// </summary>
internal static class ParetoNbdCounts
{
    // Step 1/64 over |k h| ≤ 4.5: nodes reach 1 − v ≈ e^−141; sharply peaked integrands (β ≪ α with n ~ 10⁴)
    // need the fine step, ordinary ones are exact to rounding already at 1/16.
    private const double Step = 1d / 64d;
    private const int HalfNodes = 288;

    /// <summary>P(X(t) = n) for t &gt; 0, n ≥ 0 and positive finite parameters.</summary>
    public static double Probability(double r, double alpha, double s, double beta, int n, double t)
    {
        double lnU = LogShare(t, alpha);
        double lnOneMinusU = LogShare(alpha, t);
        double lnCommon = GammaRatios.LogGamma(r, n) - SpecialFunctions.GammaLn(n + 1d) + (n * lnU);
        double lnAlive = (r * lnOneMinusU) + (s * LogShare(beta, t));
        double lnRho = Math.Log(alpha) - Math.Log(beta);
        double lnDead = Math.Log(s) + lnRho + lnU + LogIntegral(r + s - 1d, s + 1d, n, Math.Exp(lnU), Math.Exp(lnOneMinusU), lnU, lnRho);
        double p = Math.Exp(lnCommon + CvSpecialFunctions.LogSumExp(lnAlive, lnDead));
        return double.IsFinite(p) ? Math.Clamp(p, 0d, 1d) : (p > 0d ? 1d : 0d);
    }

    /// <summary>ln(part / (part + other)) for positive finite arguments, without overflow.</summary>
    private static double LogShare(double part, double other)
    {
        double q = other / part;
        return double.IsFinite(q) ? -CvSpecialFunctions.Log1P(q) : Math.Log(part) - Math.Log(other);
    }

    /// <summary>ln ∫₀¹ vⁿ (1−u)^p ((1−u) + ρu)^−q dv with u = U v, by tanh-sinh in v.</summary>
    private static double LogIntegral(double p, double q, int n, double u, double oneMinusU, double lnU, double lnRho)
    {
        double max = double.NegativeInfinity;
        double scaled = 0d;
        for (int k = -HalfNodes; k <= HalfNodes; k++)
        {
            double kh = k * Step;
            double ey = Math.Exp(Math.PI * Math.Sinh(kh));
            // v = 1/(1+e^−y) and 1 − v = 1/(1+e^y), each computed directly so that neither loses digits at its end.
            double lnV = -CvSpecialFunctions.Log1P(1d / ey);
            double lnOneMinusV = -CvSpecialFunctions.Log1P(ey);
            double lnOneMinusUv = Math.Log(oneMinusU + (u * Math.Exp(lnOneMinusV)));
            double lnMix = CvSpecialFunctions.LogSumExp(lnOneMinusUv, lnRho + lnU + lnV);
            double power = p == 0d ? 0d : p * lnOneMinusUv;
            double term = Math.Log(Step * Math.PI * Math.Cosh(kh)) + lnV + lnOneMinusV + (n * lnV) + power - (q * lnMix);
            if (!(term > double.NegativeInfinity))
            {
                continue;
            }

            if (term > max)
            {
                scaled = (scaled * Math.Exp(max - term)) + 1d;
                max = term;
            }
            else
            {
                scaled += Math.Exp(term - max);
            }
        }

        return max + Math.Log(scaled);
    }
}
