using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// ln Γ(r + x) − ln Γ(r), ψ(r + x) − ψ(r) and ψ₁(r + x) − ψ₁(r): the negative binomial's shape terms in every count
/// model's likelihood, gradient, Hessian and P(X(t) = n). Written as differences of MathNet's log-gamma and digamma they cancel as r grows: both
/// terms are ≈ r ln r and ln r while the differences are ≈ x ln r and x / r (and 1/r against −x/r² for ψ₁), so at r = 1e10 the log-gamma difference is
/// off by 1e-7 (relative) and the digamma difference by 1e-5, at 1e14 by 1e-2 and 1, and at the 1e300 the models
/// accept they are 0. From <see cref="LargeShape"/> on, the differences come from Stirling's series with the large
/// parts cancelled analytically, accurate to rounding; below it the plain differences are kept (accurate there to
/// about 1e-12, and the fitted models in that range keep their bits). Pure functions, thread-safe.
/// </summary>
internal static class GammaRatios
{
    /// <summary>The shape r from which the ratios use Stirling's series (its first omitted terms are below 1e-18 there).</summary>
    public const double LargeShape = 1e4;

    /// <summary>
    /// ln Γ(r + x) − ln Γ(r) for r &gt; 0 and x ≥ 0 (0 when x = 0). From Stirling's ln Γ(z) = (z − ½) ln z − z + ½ ln 2π +
    /// 1/(12z) − 1/(360z³) + …: (r − ½) ln(1 + x/r) − x + x ln(r + x) − x / (12 r (r + x)) + the z⁻³ terms' difference.
    /// </summary>
    public static double LogGamma(double r, double x)
    {
        if (x == 0d)
        {
            return 0d;
        }

        if (r < LargeShape)
        {
            return SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r);
        }

        double z = r + x;
        double inverseR = 1d / r, inverseZ = 1d / z;

        // (r − ½) ln(1 + x/r) − x: both ≈ x, so their difference (≈ −x²/2r) is formed before x ln z is added.
        double head = ((r - 0.5) * CvSpecialFunctions.Log1P(x / r)) - x;
        double corrections = ((inverseZ - inverseR) / 12d) - ((Cube(inverseZ) - Cube(inverseR)) / 360d);
        return head + (x * Math.Log(z)) + corrections;
    }

    /// <summary>
    /// ψ(r + x) − ψ(r) for r &gt; 0 and x ≥ 0 (0 when x = 0). From ψ(z) = ln z − 1/(2z) − 1/(12z²) + 1/(120z⁴) − …:
    /// ln(1 + x/r) − (1/(r + x) − 1/r)/2 − (1/(r + x)² − 1/r²)/12 + the z⁻⁴ terms' difference.
    /// </summary>
    public static double Digamma(double r, double x)
    {
        if (x == 0d)
        {
            return 0d;
        }

        if (r < LargeShape)
        {
            return SpecialFunctions.DiGamma(r + x) - SpecialFunctions.DiGamma(r);
        }

        double inverseR = 1d / r, inverseZ = 1d / (r + x);
        double squareR = inverseR * inverseR, squareZ = inverseZ * inverseZ;
        return CvSpecialFunctions.Log1P(x / r) - ((inverseZ - inverseR) / 2d) - ((squareZ - squareR) / 12d) + (((squareZ * squareZ) - (squareR * squareR)) / 120d);
    }

    /// <summary>
    /// ψ₁(r + x) − ψ₁(r) for r &gt; 0 and x ≥ 0 (0 when x = 0). From ψ₁(z) = 1/z + 1/(2z²) + 1/(6z³) − 1/(30z⁵) + …, each
    /// power's difference factored through 1/z − 1/r = −x/(r z), which is formed without cancelling (or overflowing).
    /// </summary>
    public static double Trigamma(double r, double x)
    {
        if (x == 0d)
        {
            return 0d;
        }

        if (r < LargeShape)
        {
            return CvSpecialFunctions.Trigamma(r + x) - CvSpecialFunctions.Trigamma(r);
        }

        double u = 1d / (r + x), v = 1d / r;
        double difference = -(x * v) * u;
        double squares = (u * u) + (u * v) + (v * v);
        double fifths = (u * u * u * u) + (u * u * u * v) + (u * u * v * v) + (u * v * v * v) + (v * v * v * v);
        return difference * (1d + ((u + v) / 2d) + (squares / 6d) - (fifths / 30d));
    }

    private static double Cube(double v) => v * v * v;
}
