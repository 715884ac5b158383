using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// Eight lanes of doubles (<see cref="Vector512{T}"/>) as an <see cref="ILane{TSelf}"/>: a thin wrapper whose every member
/// inlines to the vector operation. The width the scoring kernels use where the hardware has AVX-512.
/// </summary>
internal readonly struct Lane512 : ILane<Lane512>
{
    // ExtractMostSignificantBits of a mask with every lane set.
    private const ulong AllLanes = (1UL << (512 / 64)) - 1UL;

    private readonly Vector512<double> _value;

    /// <summary>Wraps <paramref name="value"/>.</summary>
    public Lane512(Vector512<double> value) => _value = value;

    /// <summary>Whether the hardware runs <see cref="Vector512{T}"/> natively (a JIT-time constant).</summary>
    public static bool IsAccelerated => Vector512.IsHardwareAccelerated;

    /// <inheritdoc />
    public static int Count => Vector512<double>.Count;

    /// <summary>The wrapped vector.</summary>
    public Vector512<double> Value => _value;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 Create(double value) => new(Vector512.Create(value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 Load(ReadOnlySpan<double> source) => new(Vector512.Create(source));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 LoadUnsafe(ref double source, nuint offset) => new(Vector512.LoadUnsafe(ref source, offset));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => _value.CopyTo(destination);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double GetElement(int index) => _value.GetElement(index);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double ToScalar() => _value.ToScalar();

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Lane512 value) => Vector512.Sum(value._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 operator +(Lane512 left, Lane512 right) => new(left._value + right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 operator -(Lane512 left, Lane512 right) => new(left._value - right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 operator -(Lane512 value) => new(-value._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 operator *(Lane512 left, Lane512 right) => new(left._value * right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 operator /(Lane512 left, Lane512 right) => new(left._value / right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 operator &(Lane512 left, Lane512 right) => new(left._value & right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 operator |(Lane512 left, Lane512 right) => new(left._value | right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 operator ~(Lane512 value) => new(~value._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 AndNot(Lane512 left, Lane512 right) => new(Vector512.AndNot(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 Min(Lane512 left, Lane512 right) => new(Vector512.Min(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 Max(Lane512 left, Lane512 right) => new(Vector512.Max(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 Abs(Lane512 value) => new(Vector512.Abs(value._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 Equal(Lane512 left, Lane512 right) => new(Vector512.Equals(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 LessThan(Lane512 left, Lane512 right) => new(Vector512.LessThan(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 LessThanOrEqual(Lane512 left, Lane512 right) => new(Vector512.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 GreaterThan(Lane512 left, Lane512 right) => new(Vector512.GreaterThan(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 GreaterThanOrEqual(Lane512 left, Lane512 right) => new(Vector512.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 ConditionalSelect(Lane512 mask, Lane512 ifTrue, Lane512 ifFalse) =>
        new(Vector512.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(Lane512 mask) => Vector512.ExtractMostSignificantBits(mask._value) == AllLanes;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnySet(Lane512 mask) => Vector512.ExtractMostSignificantBits(mask._value) != 0;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Columns(double[] table, Lane512 offsets, out Lane512 c0, out Lane512 c1, out Lane512 c2, out Lane512 c3, out Lane512 c4, out Lane512 c5, out Lane512 c6, out Lane512 c7)
    {
        ref double first = ref MemoryMarshal.GetArrayDataReference(table);
        var o = offsets._value;
        if (Avx512F.IsSupported)
        {
            // Rows a … h (lanes 0 … 7), then the classic three-stage 8×8 transpose: pairs, quads, halves.
            var a = Vector512.LoadUnsafe(ref first, (nuint)o.GetElement(0));
            var b = Vector512.LoadUnsafe(ref first, (nuint)o.GetElement(1));
            var c = Vector512.LoadUnsafe(ref first, (nuint)o.GetElement(2));
            var d = Vector512.LoadUnsafe(ref first, (nuint)o.GetElement(3));
            var e = Vector512.LoadUnsafe(ref first, (nuint)o.GetElement(4));
            var f = Vector512.LoadUnsafe(ref first, (nuint)o.GetElement(5));
            var g = Vector512.LoadUnsafe(ref first, (nuint)o.GetElement(6));
            var h = Vector512.LoadUnsafe(ref first, (nuint)o.GetElement(7));
            var ab0 = Avx512F.UnpackLow(a, b);
            var ab1 = Avx512F.UnpackHigh(a, b);
            var cd0 = Avx512F.UnpackLow(c, d);
            var cd1 = Avx512F.UnpackHigh(c, d);
            var ef0 = Avx512F.UnpackLow(e, f);
            var ef1 = Avx512F.UnpackHigh(e, f);
            var gh0 = Avx512F.UnpackLow(g, h);
            var gh1 = Avx512F.UnpackHigh(g, h);
            var even = Vector512.Create(0L, 1L, 8L, 9L, 4L, 5L, 12L, 13L);
            var odd = Vector512.Create(2L, 3L, 10L, 11L, 6L, 7L, 14L, 15L);
            var q0 = Avx512F.PermuteVar8x64x2(ab0, even, cd0);
            var q2 = Avx512F.PermuteVar8x64x2(ab0, odd, cd0);
            var q1 = Avx512F.PermuteVar8x64x2(ab1, even, cd1);
            var q3 = Avx512F.PermuteVar8x64x2(ab1, odd, cd1);
            var r0 = Avx512F.PermuteVar8x64x2(ef0, even, gh0);
            var r2 = Avx512F.PermuteVar8x64x2(ef0, odd, gh0);
            var r1 = Avx512F.PermuteVar8x64x2(ef1, even, gh1);
            var r3 = Avx512F.PermuteVar8x64x2(ef1, odd, gh1);
            var low = Vector512.Create(0L, 1L, 2L, 3L, 8L, 9L, 10L, 11L);
            var high = Vector512.Create(4L, 5L, 6L, 7L, 12L, 13L, 14L, 15L);
            c0 = new(Avx512F.PermuteVar8x64x2(q0, low, r0));
            c4 = new(Avx512F.PermuteVar8x64x2(q0, high, r0));
            c1 = new(Avx512F.PermuteVar8x64x2(q1, low, r1));
            c5 = new(Avx512F.PermuteVar8x64x2(q1, high, r1));
            c2 = new(Avx512F.PermuteVar8x64x2(q2, low, r2));
            c6 = new(Avx512F.PermuteVar8x64x2(q2, high, r2));
            c3 = new(Avx512F.PermuteVar8x64x2(q3, low, r3));
            c7 = new(Avx512F.PermuteVar8x64x2(q3, high, r3));
            return;
        }

        LaneMath.GatherColumns(table, offsets, out c0, out c1, out c2, out c3, out c4, out c5, out c6, out c7);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe Lane512 Gather(double[] table, Lane512 indices)
    {
        if (Avx512F.IsSupported && Avx2.IsSupported)
        {
            var index = Avx512F.ConvertToVector256Int32WithTruncation(indices._value);
            fixed (double* start = table)
            {
                var lower = Avx2.GatherVector256(start, index.GetLower(), 8);
                var upper = Avx2.GatherVector256(start, index.GetUpper(), 8);
                return new(Vector512.Create(lower, upper));
            }
        }

        ref double first = ref MemoryMarshal.GetArrayDataReference(table);
        Span<double> lanes = stackalloc double[Vector512<double>.Count];
        for (int lane = 0; lane < lanes.Length; lane++)
        {
            lanes[lane] = Unsafe.Add(ref first, (nint)indices._value.GetElement(lane));
        }

        return new(Vector512.Create<double>(lanes));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 Log(Lane512 value)
    {
#if NET9_0_OR_GREATER
        return new(Vector512.Log(value._value));
#else
        return LogPerLane(value);
#endif
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane512 Exp(Lane512 value)
    {
        var clamped = Vector512.Min(Vector512.Max(value._value, Vector512.Create(-708d)), Vector512.Create(708d));
#if NET9_0_OR_GREATER
        return new(Vector512.Exp(clamped));
#else
        return ExpPerLane(clamped);
#endif
    }

#if !NET9_0_OR_GREATER
    // .NET 8 has no vectorised log/exp: each lane goes through Math, as every scoring path did there before.
    private static Lane512 LogPerLane(Lane512 value)
    {
        Span<double> lanes = stackalloc double[Vector512<double>.Count];
        value._value.CopyTo(lanes);
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = Math.Log(lanes[i]);
        }

        return new(Vector512.Create((ReadOnlySpan<double>)lanes));
    }

    private static Lane512 ExpPerLane(Vector512<double> value)
    {
        Span<double> lanes = stackalloc double[Vector512<double>.Count];
        value.CopyTo(lanes);
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = Math.Exp(lanes[i]);
        }

        return new(Vector512.Create((ReadOnlySpan<double>)lanes));
    }
#endif
}
