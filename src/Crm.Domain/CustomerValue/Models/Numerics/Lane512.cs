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
