using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Crm.Domain.Metrics;

/// <summary>16 byte lanes (<see cref="Vector128{T}"/>): SSE and Arm64 Advanced SIMD, where neither wider width is accelerated.</summary>
internal readonly struct ByteLanes128 : IByteLanes<Vector128<byte>>
{
    /// <inheritdoc />
    public static int Width => Vector128<byte>.Count;

    /// <inheritdoc />
    public static bool IsSupported => Vector128.IsHardwareAccelerated;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Broadcast(byte value) => Vector128.Create(value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Load(ref byte start, nuint offset) => Vector128.LoadUnsafe(ref start, offset);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> AddIfEqual(Vector128<byte> counts, Vector128<byte> values, Vector128<byte> target) =>
        counts - Vector128.Equals(values, target);

    /// <inheritdoc />
    public static int SumLanes(Vector128<byte> lanes)
    {
        var (low, high) = Vector128.Widen(lanes);
        return Vector128.Sum(low + high);
    }
}
