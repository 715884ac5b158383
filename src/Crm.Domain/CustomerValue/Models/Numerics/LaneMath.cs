using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// Element-wise functions on four-lane vectors for the scoring kernels. On .NET 9 and later they are the runtime's
/// vectorised <c>Vector256.Log</c>/<c>Exp</c>; on .NET 8 each lane goes through <see cref="Math"/>. Every scoring path
/// (single customer or batch) goes through these, so a customer's score does not depend on how it was requested.
/// </summary>
internal static class LaneMath
{
    /// <summary>Natural logarithm of each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log(Vector256<double> v)
    {
#if NET9_0_OR_GREATER
        return Vector256.Log(v);
#else
        return Vector256.Create(Math.Log(v.GetElement(0)), Math.Log(v.GetElement(1)), Math.Log(v.GetElement(2)), Math.Log(v.GetElement(3)));
#endif
    }

    /// <summary>e to the power of each lane, the argument clamped to [−708, 708] (results from 3e-308 to 3e307).</summary>
    /// <remarks>
    /// The clamp is not cosmetic: the runtime's vectorised exp handles an overflowing or underflowing lane on a path
    /// that changes the other lanes' last bits, which would make a customer's score depend on its neighbours.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> v)
    {
        v = Vector256.Min(Vector256.Max(v, Vector256.Create(-708d)), Vector256.Create(708d));
#if NET9_0_OR_GREATER
        return Vector256.Exp(v);
#else
        return Vector256.Create(Math.Exp(v.GetElement(0)), Math.Exp(v.GetElement(1)), Math.Exp(v.GetElement(2)), Math.Exp(v.GetElement(3)));
#endif
    }

    /// <summary>ln(1 + s) for s ≥ 0, accurate for small s (Kahan: ln(u)·s/(u − 1) with u = 1 + s).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log1P(Vector256<double> s)
    {
        var u = Vector256<double>.One + s;
        var denominator = u - Vector256<double>.One;
        return Vector256.ConditionalSelect(Vector256.Equals(denominator, Vector256<double>.Zero), s, Log(u) * s / denominator);
    }

    /// <summary>
    /// e^u − 1 to full relative precision given <paramref name="expU"/> = e^u: a degree-14 Taylor polynomial for
    /// |u| ≤ ½ (truncation below 5e-17 relative, evaluated in Estrin's scheme so that the dependency chain is five
    /// multiply-adds deep), e^u − 1 beyond (no cancellation there).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ExpM1(Vector256<double> u, Vector256<double> expU)
    {
        // u (1 + u q), q = Σ_{k=0..12} u^k/(k+2)!: independent pairs joined with u², u⁴ and u⁸; the 1 is added last.
        var u2 = u * u;
        var u4 = u2 * u2;
        var u8 = u4 * u4;
        var q01 = Vector256.Create(0.5) + (u * Vector256.Create(0.16666666666666666));
        var q23 = Vector256.Create(0.041666666666666664) + (u * Vector256.Create(0.008333333333333333));
        var q45 = Vector256.Create(0.001388888888888889) + (u * Vector256.Create(0.0001984126984126984));
        var q67 = Vector256.Create(2.48015873015873e-05) + (u * Vector256.Create(2.7557319223985893e-06));
        var q89 = Vector256.Create(2.755731922398589e-07) + (u * Vector256.Create(2.505210838544172e-08));
        var q1011 = Vector256.Create(2.08767569878681e-09) + (u * Vector256.Create(1.6059043836821613e-10));
        var q03 = q01 + (u2 * q23);
        var q47 = q45 + (u2 * q67);
        var q811 = q89 + (u2 * q1011);
        var q07 = q03 + (u4 * q47);
        var q812 = q811 + (u4 * Vector256.Create(1.1470745597729725e-11));
        var polynomial = u * (Vector256<double>.One + (u * (q07 + (u8 * q812))));
        var small = Vector256.LessThanOrEqual(Vector256.Abs(u), Vector256.Create(0.5));
        return Vector256.ConditionalSelect(small, polynomial, expU - Vector256<double>.One);
    }
}
