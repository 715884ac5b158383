using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Crm.Domain.Metrics;

/// <summary>32 byte lanes (<see cref="Vector256{T}"/>): the width of AVX2, used where AVX-512 is missing.</summary>
internal readonly struct ByteLanes256 : IByteLanes<Vector256<byte>>
{
    /// <inheritdoc />
    public static int Width => Vector256<byte>.Count;

    /// <inheritdoc />
    public static bool IsSupported => Vector256.IsHardwareAccelerated;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Broadcast(byte value) => Vector256.Create(value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Load(ref byte start, nuint offset) => Vector256.LoadUnsafe(ref start, offset);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> AddIfEqual(Vector256<byte> counts, Vector256<byte> values, Vector256<byte> target) =>
        counts - Vector256.Equals(values, target);

    /// <inheritdoc />
    public static int SumLanes(Vector256<byte> lanes)
    {
        var (low, high) = Vector256.Widen(lanes);
        return Vector256.Sum(low + high);
    }
}
