namespace Crm.Domain.Metrics;

/// <summary>The few byte-vector operations <see cref="ByteHistogram"/> needs, at one width: implemented by
/// <see cref="ByteLanes512"/> and <see cref="ByteLanes256"/> so one generic body serves both (the JIT specialises it
/// per struct, so the calls are inlined, not dispatched).</summary>
/// <typeparam name="TVector">The vector type (<c>Vector512&lt;byte&gt;</c> or <c>Vector256&lt;byte&gt;</c>).</typeparam>
internal interface IByteLanes<TVector>
    where TVector : struct
{
    /// <summary>Bytes per vector.</summary>
    static abstract int Width { get; }

    /// <summary>True where this width is accelerated by the hardware (a JIT-time constant).</summary>
    static abstract bool IsSupported { get; }

    /// <summary>Every lane set to <paramref name="value"/>.</summary>
    static abstract TVector Broadcast(byte value);

    /// <summary>The vector at <paramref name="start"/> + <paramref name="offset"/> bytes.</summary>
    static abstract TVector Load(ref byte start, nuint offset);

    /// <summary><paramref name="counts"/> plus one in each lane where <paramref name="values"/> equals
    /// <paramref name="target"/> (the equality mask, all ones = −1, subtracted).</summary>
    static abstract TVector AddIfEqual(TVector counts, TVector values, TVector target);

    /// <summary>The sum of the byte lanes (each at most 255), widened so it cannot wrap.</summary>
    static abstract int SumLanes(TVector lanes);
}
