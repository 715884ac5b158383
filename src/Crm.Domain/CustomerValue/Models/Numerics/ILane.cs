namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// A vector of doubles of a width fixed by the type (<see cref="Lane512"/>: eight, <see cref="Lane256"/>: four), so
/// that one kernel source serves every width: write the kernel generic over <c>TLane : struct, ILane&lt;TLane&gt;</c>
/// and the JIT emits one specialised body per width, with every call below inlined to the hardware instruction.
/// </summary>
/// <remarks>
/// <para>Usage: pick the width once with <see cref="LaneBatch.Run{TScorer}"/>-style dispatch
/// (<c>if (Lane512.IsAccelerated) Kernel&lt;Lane512&gt;(…) else Kernel&lt;Lane256&gt;(…)</c>: the condition is a JIT-time
/// constant, so only one branch survives). In the kernel: <c>var v = TLane.LoadUnsafe(ref data, i)</c> for
/// <c>i + TLane.Count ≤ end</c> (pad a tail into a <c>stackalloc double[TLane.Count]</c> and <see cref="Load"/> it),
/// arithmetic with the operators, <see cref="Log"/>/<see cref="Exp"/> (or <see cref="LaneMath"/>'s Log1P/ExpM1),
/// masks from the comparisons (all bits set where true) combined with <c>&amp; | ~</c>/<see cref="AndNot"/> and used
/// by <see cref="ConditionalSelect"/>, <see cref="AllSet"/>/<see cref="AnySet"/> to steer loops,
/// <see cref="Store"/>/<see cref="Sum"/> to leave.</para>
/// <para>Bits: every operation is element-wise except <see cref="Sum"/> (whose grouping depends on the width), and
/// both widths' <see cref="Log"/>/<see cref="Exp"/> are the runtime's one vectorised algorithm (on .NET 8:
/// <see cref="Math"/> per lane), so a lane's value does not depend on the width or on its neighbours; the tests
/// (<c>LaneWidthTests</c>) hold both widths to the same bits.</para>
/// </remarks>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
internal interface ILane<TSelf>
    where TSelf : struct, ILane<TSelf>
{
    /// <summary>The number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>Every lane set to <paramref name="value"/>.</summary>
    static abstract TSelf Create(double value);

    /// <summary>The first <see cref="Count"/> values of <paramref name="source"/> (which must hold that many).</summary>
    static abstract TSelf Load(ReadOnlySpan<double> source);

    /// <summary><see cref="Count"/> values from <paramref name="source"/> + <paramref name="offset"/>, unchecked.</summary>
    static abstract TSelf LoadUnsafe(ref double source, nuint offset);

    /// <summary>The lanes into the first <see cref="Count"/> places of <paramref name="destination"/>.</summary>
    void Store(Span<double> destination);

    /// <summary>Lane <paramref name="index"/>.</summary>
    double GetElement(int index);

    /// <summary>Lane 0.</summary>
    double ToScalar();

    /// <summary>The lanes added up (the grouping depends on the width: not bit-equal across widths).</summary>
    static abstract double Sum(TSelf value);

    /// <summary>Lane-wise sum.</summary>
    static abstract TSelf operator +(TSelf left, TSelf right);

    /// <summary>Lane-wise difference.</summary>
    static abstract TSelf operator -(TSelf left, TSelf right);

    /// <summary>Lane-wise negation.</summary>
    static abstract TSelf operator -(TSelf value);

    /// <summary>Lane-wise product.</summary>
    static abstract TSelf operator *(TSelf left, TSelf right);

    /// <summary>Lane-wise quotient.</summary>
    static abstract TSelf operator /(TSelf left, TSelf right);

    /// <summary>Bitwise and (masks, or a value masked to 0 where the mask is clear).</summary>
    static abstract TSelf operator &(TSelf left, TSelf right);

    /// <summary>Bitwise or of masks.</summary>
    static abstract TSelf operator |(TSelf left, TSelf right);

    /// <summary>Bitwise complement of a mask.</summary>
    static abstract TSelf operator ~(TSelf value);

    /// <summary><paramref name="left"/> and not <paramref name="right"/>, bitwise.</summary>
    static abstract TSelf AndNot(TSelf left, TSelf right);

    /// <summary>Lane-wise minimum.</summary>
    static abstract TSelf Min(TSelf left, TSelf right);

    /// <summary>Lane-wise maximum.</summary>
    static abstract TSelf Max(TSelf left, TSelf right);

    /// <summary>Lane-wise absolute value.</summary>
    static abstract TSelf Abs(TSelf value);

    /// <summary>Mask: left = right.</summary>
    static abstract TSelf Equal(TSelf left, TSelf right);

    /// <summary>Mask: left &lt; right.</summary>
    static abstract TSelf LessThan(TSelf left, TSelf right);

    /// <summary>Mask: left ≤ right.</summary>
    static abstract TSelf LessThanOrEqual(TSelf left, TSelf right);

    /// <summary>Mask: left &gt; right.</summary>
    static abstract TSelf GreaterThan(TSelf left, TSelf right);

    /// <summary>Mask: left ≥ right.</summary>
    static abstract TSelf GreaterThanOrEqual(TSelf left, TSelf right);

    /// <summary><paramref name="ifTrue"/> where <paramref name="mask"/> is set, else <paramref name="ifFalse"/>.</summary>
    static abstract TSelf ConditionalSelect(TSelf mask, TSelf ifTrue, TSelf ifFalse);

    /// <summary>True when every lane of <paramref name="mask"/> is set.</summary>
    static abstract bool AllSet(TSelf mask);

    /// <summary>True when some lane of <paramref name="mask"/> is set.</summary>
    static abstract bool AnySet(TSelf mask);

    /// <summary>
    /// Lane i set to <paramref name="table"/>[indices[i]], where every lane of <paramref name="indices"/> holds a whole
    /// number in [0, <paramref name="table"/>.Length): unchecked, the caller guarantees the range (AVX2 gathers where
    /// the hardware has them, one load per lane otherwise).
    /// </summary>
    static abstract TSelf Gather(double[] table, TSelf indices);

    /// <summary>
    /// The first eight columns of <see cref="Count"/> rows: lane i of column m is <paramref name="table"/>[offsets[i] + m],
    /// where every offset is a whole number with offset + 8 ≤ <paramref name="table"/>.Length (unchecked). Whole rows are
    /// loaded and transposed in registers where the hardware allows (one load per lane and row instead of one gathered
    /// element per lane and column); the values are the table's, whichever way they are moved.
    /// </summary>
    static abstract void Columns(double[] table, TSelf offsets, out TSelf c0, out TSelf c1, out TSelf c2, out TSelf c3, out TSelf c4, out TSelf c5, out TSelf c6, out TSelf c7);

    /// <summary>Natural logarithm of each lane (the runtime's vectorised log on .NET 9+, <see cref="Math.Log(double)"/> per lane on .NET 8).</summary>
    static abstract TSelf Log(TSelf value);

    /// <summary>e to the power of each lane, the argument clamped to [−708, 708] (results from 3e-308 to 3e307).</summary>
    /// <remarks>
    /// The clamp is not cosmetic: the runtime's vectorised exp handles an overflowing or underflowing lane on a path
    /// that changes the other lanes' last bits, which would make a customer's score depend on its neighbours.
    /// </remarks>
    static abstract TSelf Exp(TSelf value);
}
