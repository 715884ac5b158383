using Crm.Domain.CustomerValue.Models.Numerics;
using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.BgNbd;

/// <summary>
/// E[Y(t) | alive] of the BG/NBD for the rare parameter corners where the Euler-transformed series of
/// <see cref="BgNbdScoring"/> cancels or overflows: the positive untransformed series, tanh-sinh quadrature over p, or
/// (a + b + x in the millions) a three-point rule. Scalar and deterministic.
/// </summary>
internal readonly struct BgNbdExpectationFallback
{
    private readonly BgNbdModel _m;

    public BgNbdExpectationFallback(BgNbdModel model) => _m = model;

    /// <summary>E[Y(t) | alive, x, T] (not yet multiplied by P(alive)), clamped at 0.</summary>
    public double Expected(int x, double age, double t)
    {
        double baseTime = _m.Alpha + age;
        double logBase = -CvSpecialFunctions.Log1P(t / baseTime);
        double z = t / (baseTime + t);
        double epsilon = _m.A - 1d;
        double c = _m.A + _m.B + x - 1d;

        // r ≫ a + b with few transactions: the alternating terms of the transformed series cancel (or overflow). The
        // untransformed series has positive terms; only the division by a − 1 remains, harmless away from a = 1.
        if (c > 0d && Math.Abs(epsilon) >= 1e-3 && LogPowerTimesHyp2F1(x, logBase, z, c) is var logP && double.IsFinite(logP))
        {
            double value = c / epsilon * -CvSpecialFunctions.ExpM1(logP);
            if (double.IsFinite(value))
            {
                return Math.Max(value, 0d);
            }
        }

        return Math.Max(_m.A + _m.B + x > 1e6 ? ConcentratedApproximation(x, age, t) : Quadrature(x, age, t), 0d);
    }

    /// <summary>
    /// E over p ~ Beta(a, b+x) of g(p) = (1 − (1 + p t/(α+T))^−(r+x)) / p by tanh-sinh quadrature in u = p^a (which absorbs
    /// the p^(a−1) endpoint behaviour): the fallback when neither series is usable (e.g. a ≪ 1 with r ≫ 1 and long t).
    /// </summary>
    private double Quadrature(int x, double age, double t)
    {
        const double H = 1d / 64d;
        double scale = t / (_m.Alpha + age);
        double rx = _m.R + x;
        double tailPower = _m.B + x - 1d;
        double logNorm = Math.Log(_m.A) + SpecialFunctions.BetaLn(_m.A, _m.B + x);
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
            double logP = (u > 0.5 ? CvSpecialFunctions.Log1P(-oneMinusU) : Math.Log(u)) / _m.A;
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
        double total = _m.A + _m.B + x;
        double mean = _m.A / total;
        double sd = Math.Sqrt(mean * (1d - mean) / (total + 1d));
        double h = Math.Min(sd * Math.Sqrt(3d), 0.999 * mean);
        double scale = t / (_m.Alpha + age);
        double rx = _m.R + x;
        double G(double p) => -CvSpecialFunctions.ExpM1(-rx * CvSpecialFunctions.Log1P(p * scale)) / p;
        return (G(mean - h) + (4d * G(mean)) + G(Math.Min(mean + h, 1d))) / 6d;
    }

    /// <summary>ln[(1−z)^(r+x) 2F1(r+x, b+x; c; z)] by the positive series, rescaled so that it cannot overflow.</summary>
    private double LogPowerTimesHyp2F1(int x, double logBase, double z, double c)
    {
        double p = _m.R + x, q = _m.B + x;
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
