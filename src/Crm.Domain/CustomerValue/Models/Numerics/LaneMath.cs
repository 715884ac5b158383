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
    /// e^y − 1 given <paramref name="expY"/> = e^y: the difference where |y| ≥ 0.05 (relative error below 5e-15),
    /// the Taylor polynomial to y⁹ below (truncation under 1e-16 relative), so that small y keep their digits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ExpM1(Vector256<double> y, Vector256<double> expY)
    {
        var p = Vector256.Create(1d / 362880d);
        p = (p * y) + Vector256.Create(1d / 40320d);
        p = (p * y) + Vector256.Create(1d / 5040d);
        p = (p * y) + Vector256.Create(1d / 720d);
        p = (p * y) + Vector256.Create(1d / 120d);
        p = (p * y) + Vector256.Create(1d / 24d);
        p = (p * y) + Vector256.Create(1d / 6d);
        p = (p * y) + Vector256.Create(0.5d);
        p = (p * y) + Vector256<double>.One;
        var small = Vector256.LessThan(Vector256.Abs(y), Vector256.Create(0.05d));
        return Vector256.ConditionalSelect(small, p * y, expY - Vector256<double>.One);
    }
}
