using System.Buffers;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// Working memory of one batch of a kernel that evaluates a function of (x, τ) from Taylor rows at anchors
/// τₖ = k/64 (<see cref="BetaGeometricScoring"/>): each row is built at most once per batch and then shared by every
/// customer with that x near that anchor. Rows are pure functions of the model, x and k, so a row built here, by
/// another thread, or on the stack when no table is open has the same bits: a customer's value never depends on the
/// table, its neighbours or the thread.
/// </summary>
/// <remarks>
/// <para>Storage is rented from <see cref="ArrayPool{T}.Shared"/> (no allocation once the pool holds the arrays) and
/// returned by <see cref="Dispose"/>; a <c>default</c> value is a closed table (rows then come from the model's
/// <see cref="TaylorMemo"/>, or are built per vector).</para>
/// <para>Thread safety: rows may be claimed by several threads at once (the parallel paths share one table), by the
/// protocol of <see cref="ITaylorRows"/>; a thread that finds a slot being built, or the table full, builds the row
/// itself instead of waiting. Slots are doubles so that a vector of lanes can gather them in one instruction
/// (<see cref="ILane{TSelf}.Gather"/>); the rows are then read whole (<see cref="ILane{TSelf}.Columns"/>).</para>
/// </remarks>
internal readonly struct TaylorAnchors : IDisposable, ITaylorRows
{
    /// <summary>Coefficients per row: G(τₖ + h) = Σ_{m&lt;Terms} dₘ hᵐ.</summary>
    public const int Terms = 9;

    /// <summary>Anchors per unit of τ (a power of two, so that τₖ = k/64 and τ − τₖ are exact).</summary>
    public const double PerUnit = 64d;

    /// <summary>x values with rows: 0 … MaxX − 1.</summary>
    public const int MaxX = 64;

    /// <summary>Anchors per x: τ below (MaxAnchor − ½)/64 = 7.99.</summary>
    public const int MaxAnchor = 512;

    /// <summary>Slot state: a thread is writing the row.</summary>
    public const double Building = -1d;

    /// <summary>Slot state: the row cannot meet its accuracy bound; the kernel's direct path values these lanes.</summary>
    public const double Unusable = -2d;

    private const int SlotCount = MaxX * MaxAnchor;
    private const int Capacity = 8_192;

    // Slots, then the number of rows handed out (in a one-element array, for Interlocked).
    private readonly double[]? _slots;
    private readonly double[]? _rows;
    private readonly int[]? _count;

    private TaylorAnchors(double[] slots, double[] rows, int[] count) => (_slots, _rows, _count) = (slots, rows, count);

    /// <summary>
    /// Whether a batch of <paramref name="evaluations"/> expectations (customers × windows) is worth a table: clearing
    /// its 256 KB of slots costs about as much as building a few dozen rows on the stack, so small batches (and single
    /// customers) build each vector's rows themselves; the bits are the same either way.
    /// </summary>
    public static bool PaysFor(long evaluations) => evaluations >= 256;

    /// <summary>Whether the table holds memory (false for <c>default</c>).</summary>
    public bool IsOpen => _slots is not null;

    /// <summary>A table with every slot empty.</summary>
    public static TaylorAnchors Rent()
    {
        var slots = ArrayPool<double>.Shared.Rent(SlotCount);
        Array.Clear(slots, 0, SlotCount);
        var count = ArrayPool<int>.Shared.Rent(1);
        count[0] = 0;
        return new TaylorAnchors(slots, ArrayPool<double>.Shared.Rent(Capacity * Terms), count);
    }

    /// <summary>The slots, at x · <see cref="MaxAnchor"/> + k (for gathers).</summary>
    public double[] Slots => _slots!;

    /// <summary>The rows' coefficients, a row at its offset (for gathers).</summary>
    public double[] Rows => _rows!;

    /// <inheritdoc />
    public ref double Slot(int x, int k) => ref _slots![(x * MaxAnchor) + k];

    /// <inheritdoc />
    public int Claim()
    {
        int row = Interlocked.Increment(ref _count![0]) - 1;
        return row < Capacity ? row * Terms : -1;
    }

    /// <inheritdoc />
    public Span<double> Row(int offset) => _rows.AsSpan(offset, Terms);

    /// <summary>Returns the memory to the pool; the table must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_slots is not null)
        {
            ArrayPool<double>.Shared.Return(_slots);
            ArrayPool<double>.Shared.Return(_rows!);
            ArrayPool<int>.Shared.Return(_count!);
        }
    }
}
