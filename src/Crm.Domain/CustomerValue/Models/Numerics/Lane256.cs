using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// Four lanes of doubles (<see cref="Vector256{T}"/>) as an <see cref="ILane{TSelf}"/>: a thin wrapper whose every member
/// inlines to the vector operation. The width used where AVX-512 is missing, and on .NET 8 (no vectorised log/exp there: the lanes go through <see cref="Math"/> one by one).
/// </summary>
internal readonly struct Lane256 : ILane<Lane256>
{
    // ExtractMostSignificantBits of a mask with every lane set.
    private const ulong AllLanes = (1UL << (256 / 64)) - 1UL;

    private readonly Vector256<double> _value;

    /// <summary>Wraps <paramref name="value"/>.</summary>
    public Lane256(Vector256<double> value) => _value = value;

    /// <summary>Whether the hardware runs <see cref="Vector256{T}"/> natively (a JIT-time constant).</summary>
    public static bool IsAccelerated => Vector256.IsHardwareAccelerated;

    /// <inheritdoc />
    public static int Count => Vector256<double>.Count;

    /// <summary>The wrapped vector.</summary>
    public Vector256<double> Value => _value;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 Create(double value) => new(Vector256.Create(value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 Load(ReadOnlySpan<double> source) => new(Vector256.Create(source));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 LoadUnsafe(ref double source, nuint offset) => new(Vector256.LoadUnsafe(ref source, offset));

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
    public static double Sum(Lane256 value) => Vector256.Sum(value._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 operator +(Lane256 left, Lane256 right) => new(left._value + right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 operator -(Lane256 left, Lane256 right) => new(left._value - right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 operator -(Lane256 value) => new(-value._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 operator *(Lane256 left, Lane256 right) => new(left._value * right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 operator /(Lane256 left, Lane256 right) => new(left._value / right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 operator &(Lane256 left, Lane256 right) => new(left._value & right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 operator |(Lane256 left, Lane256 right) => new(left._value | right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 operator ~(Lane256 value) => new(~value._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 AndNot(Lane256 left, Lane256 right) => new(Vector256.AndNot(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 Min(Lane256 left, Lane256 right) => new(Vector256.Min(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 Max(Lane256 left, Lane256 right) => new(Vector256.Max(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 Abs(Lane256 value) => new(Vector256.Abs(value._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 Equal(Lane256 left, Lane256 right) => new(Vector256.Equals(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 LessThan(Lane256 left, Lane256 right) => new(Vector256.LessThan(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 LessThanOrEqual(Lane256 left, Lane256 right) => new(Vector256.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 GreaterThan(Lane256 left, Lane256 right) => new(Vector256.GreaterThan(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 GreaterThanOrEqual(Lane256 left, Lane256 right) => new(Vector256.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 ConditionalSelect(Lane256 mask, Lane256 ifTrue, Lane256 ifFalse) =>
        new(Vector256.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(Lane256 mask) => Vector256.ExtractMostSignificantBits(mask._value) == AllLanes;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnySet(Lane256 mask) => Vector256.ExtractMostSignificantBits(mask._value) != 0;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Columns(double[] table, Lane256 offsets, out Lane256 c0, out Lane256 c1, out Lane256 c2, out Lane256 c3, out Lane256 c4, out Lane256 c5, out Lane256 c6, out Lane256 c7)
    {
        ref double first = ref MemoryMarshal.GetArrayDataReference(table);
        var o = offsets._value;
        if (Avx.IsSupported)
        {
            // Rows a … d (lanes 0 … 3), each as two halves, and two 4×4 transposes.
            nuint oa = (nuint)o.GetElement(0), ob = (nuint)o.GetElement(1), oc = (nuint)o.GetElement(2), od = (nuint)o.GetElement(3);
            (c0, c1, c2, c3) = Transpose(
                Vector256.LoadUnsafe(ref first, oa), Vector256.LoadUnsafe(ref first, ob), Vector256.LoadUnsafe(ref first, oc), Vector256.LoadUnsafe(ref first, od));
            (c4, c5, c6, c7) = Transpose(
                Vector256.LoadUnsafe(ref first, oa + 4), Vector256.LoadUnsafe(ref first, ob + 4), Vector256.LoadUnsafe(ref first, oc + 4), Vector256.LoadUnsafe(ref first, od + 4));
            return;
        }

        LaneMath.GatherColumns(table, offsets, out c0, out c1, out c2, out c3, out c4, out c5, out c6, out c7);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Lane256, Lane256, Lane256, Lane256) Transpose(Vector256<double> a, Vector256<double> b, Vector256<double> c, Vector256<double> d)
    {
        var ab0 = Avx.UnpackLow(a, b);
        var ab1 = Avx.UnpackHigh(a, b);
        var cd0 = Avx.UnpackLow(c, d);
        var cd1 = Avx.UnpackHigh(c, d);
        return (new(Avx.Permute2x128(ab0, cd0, 0x20)), new(Avx.Permute2x128(ab1, cd1, 0x20)), new(Avx.Permute2x128(ab0, cd0, 0x31)), new(Avx.Permute2x128(ab1, cd1, 0x31)));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe Lane256 Gather(double[] table, Lane256 indices)
    {
        if (Avx2.IsSupported)
        {
            var index = Avx.ConvertToVector128Int32WithTruncation(indices._value);
            fixed (double* start = table)
            {
                return new(Avx2.GatherVector256(start, index, 8));
            }
        }

        ref double first = ref MemoryMarshal.GetArrayDataReference(table);
        Span<double> lanes = stackalloc double[Vector256<double>.Count];
        for (int lane = 0; lane < lanes.Length; lane++)
        {
            lanes[lane] = Unsafe.Add(ref first, (nint)indices._value.GetElement(lane));
        }

        return new(Vector256.Create<double>(lanes));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 Log(Lane256 value)
    {
#if NET9_0_OR_GREATER
        return new(Vector256.Log(value._value));
#else
        return LogPerLane(value);
#endif
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane256 Exp(Lane256 value)
    {
        var clamped = Vector256.Min(Vector256.Max(value._value, Vector256.Create(-708d)), Vector256.Create(708d));
#if NET9_0_OR_GREATER
        return new(Vector256.Exp(clamped));
#else
        return ExpPerLane(clamped);
#endif
    }

#if !NET9_0_OR_GREATER
    // .NET 8 has no vectorised log/exp: each lane goes through Math, as every scoring path did there before.
    private static Lane256 LogPerLane(Lane256 value)
    {
        Span<double> lanes = stackalloc double[Vector256<double>.Count];
        value._value.CopyTo(lanes);
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = Math.Log(lanes[i]);
        }

        return new(Vector256.Create((ReadOnlySpan<double>)lanes));
    }

    private static Lane256 ExpPerLane(Vector256<double> value)
    {
        Span<double> lanes = stackalloc double[Vector256<double>.Count];
        value.CopyTo(lanes);
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = Math.Exp(lanes[i]);
        }

        return new(Vector256.Create((ReadOnlySpan<double>)lanes));
    }
#endif
}
