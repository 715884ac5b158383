using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Crm.Domain.Metrics;

/// <summary>64 byte lanes (<see cref="Vector512{T}"/>): the width where the hardware has AVX-512.</summary>
internal readonly struct ByteLanes512 : IByteLanes<Vector512<byte>>
{
    /// <inheritdoc />
    public static int Width => Vector512<byte>.Count;

    /// <inheritdoc />
    public static bool IsSupported => Vector512.IsHardwareAccelerated;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Broadcast(byte value) => Vector512.Create(value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Load(ref byte start, nuint offset) => Vector512.LoadUnsafe(ref start, offset);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> AddIfEqual(Vector512<byte> counts, Vector512<byte> values, Vector512<byte> target) =>
        counts - Vector512.Equals(values, target);

    /// <inheritdoc />
    public static int SumLanes(Vector512<byte> lanes)
    {
        var (low, high) = Vector512.Widen(lanes);
        return Vector512.Sum(low + high);
    }
}
