using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// Element-wise functions of the scoring kernels on lanes of any width (<see cref="ILane{TSelf}"/>), built from the
/// lanes' own <see cref="ILane{TSelf}.Log"/>/<see cref="ILane{TSelf}.Exp"/>. Every scoring path (single customer or
/// batch, either width) goes through these, so a customer's score does not depend on how it was requested. The
/// <see cref="Vector256{T}"/> overload of ExpM1 is the four-lane instantiation, kept for a test that checks it.
/// </summary>
internal static class LaneMath
{
    /// <summary><see cref="ExpM1{TLane}"/> on four lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ExpM1(Vector256<double> u, Vector256<double> expU) => ExpM1(new Lane256(u), new Lane256(expU)).Value;

    /// <summary>ln(1 + s) for s ≥ 0, accurate for small s (Kahan: ln(u)·s/(u − 1) with u = 1 + s).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLane Log1P<TLane>(TLane s)
        where TLane : struct, ILane<TLane>
    {
        var one = TLane.Create(1d);
        var u = one + s;
        var denominator = u - one;
        return TLane.ConditionalSelect(TLane.Equal(denominator, TLane.Create(0d)), s, TLane.Log(u) * s / denominator);
    }

    /// <summary>
    /// e^u − 1 to full relative precision given <paramref name="expU"/> = e^u: a degree-14 Taylor polynomial for
    /// |u| ≤ ½ (truncation below 5e-17 relative, evaluated in Estrin's scheme so that the dependency chain is five
    /// multiply-adds deep), e^u − 1 beyond (no cancellation there).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLane ExpM1<TLane>(TLane u, TLane expU)
        where TLane : struct, ILane<TLane>
    {
        // u (1 + u q), q = Σ_{k=0..12} u^k/(k+2)!: independent pairs joined with u², u⁴ and u⁸; the 1 is added last.
        var u2 = u * u;
        var u4 = u2 * u2;
        var u8 = u4 * u4;
        var q01 = TLane.Create(0.5) + (u * TLane.Create(0.16666666666666666));
        var q23 = TLane.Create(0.041666666666666664) + (u * TLane.Create(0.008333333333333333));
        var q45 = TLane.Create(0.001388888888888889) + (u * TLane.Create(0.0001984126984126984));
        var q67 = TLane.Create(2.48015873015873e-05) + (u * TLane.Create(2.7557319223985893e-06));
        var q89 = TLane.Create(2.755731922398589e-07) + (u * TLane.Create(2.505210838544172e-08));
        var q1011 = TLane.Create(2.08767569878681e-09) + (u * TLane.Create(1.6059043836821613e-10));
        var q03 = q01 + (u2 * q23);
        var q47 = q45 + (u2 * q67);
        var q811 = q89 + (u2 * q1011);
        var q07 = q03 + (u4 * q47);
        var q812 = q811 + (u4 * TLane.Create(1.1470745597729725e-11));
        var one = TLane.Create(1d);
        var polynomial = u * (one + (u * (q07 + (u8 * q812))));
        var small = TLane.LessThanOrEqual(TLane.Abs(u), TLane.Create(0.5));
        return TLane.ConditionalSelect(small, polynomial, expU - one);
    }

    /// <summary><see cref="ILane{TSelf}.Columns"/> by one gather per column: the lanes' fallback without a transpose.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void GatherColumns<TLane>(double[] table, TLane offsets, out TLane c0, out TLane c1, out TLane c2, out TLane c3, out TLane c4, out TLane c5, out TLane c6, out TLane c7)
        where TLane : struct, ILane<TLane>
    {
        c0 = TLane.Gather(table, offsets);
        c1 = TLane.Gather(table, offsets + TLane.Create(1d));
        c2 = TLane.Gather(table, offsets + TLane.Create(2d));
        c3 = TLane.Gather(table, offsets + TLane.Create(3d));
        c4 = TLane.Gather(table, offsets + TLane.Create(4d));
        c5 = TLane.Gather(table, offsets + TLane.Create(5d));
        c6 = TLane.Gather(table, offsets + TLane.Create(6d));
        c7 = TLane.Gather(table, offsets + TLane.Create(7d));
    }

    /// <summary>
    /// Freezes the lanes of a division-free series (sum S/D) that <paramref name="converged"/> now: their
    /// <paramref name="result"/> becomes S/D and they join <paramref name="done"/>; lanes settled earlier keep theirs, so
    /// a lane's value never depends on when its neighbours settle. True when every lane has settled.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Settle<TLane>(TLane converged, TLane sum, TLane denominator, ref TLane done, ref TLane result)
        where TLane : struct, ILane<TLane>
    {
        var finishing = TLane.AndNot(converged, done);
        if (!TLane.AnySet(finishing))
        {
            return false;
        }

        result = TLane.ConditionalSelect(finishing, sum / denominator, result);
        done |= finishing;
        return TLane.AllSet(done);
    }
}
