namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// A model's own Taylor rows (<see cref="BetaGeometricScoring"/>), kept for the model's lifetime so that single
/// customers and small batches, which cannot share a batch's table (<see cref="TaylorAnchors"/>), build each row once per
/// model instead of once per call. Rows are pure functions of the model, x and k, so a memoised row has the bits a batch
/// or the stack would build: the memo changes costs, never results.
/// </summary>
/// <remarks>
/// <para>Memory: nothing until the model's second vector of expectations (a model loaded to score one customer
/// allocates nothing here; <see cref="Open"/>), then about 9 KB, growing with use in pages of 64 slots (512 B) and chunks
/// of 32 rows (2.3 KB), bounded by 8,192 rows: at most about 0.85 MB, none of it on the large-object heap. When the
/// memo is full, rows are built per vector as without a memo.</para>
/// <para>Thread safety: safe for any number of threads (the protocol of <see cref="ITaylorRows"/>; arrays are installed
/// by compare-and-swap, and a row's chunk is installed and written before its slot is published).</para>
/// </remarks>
internal sealed class TaylorMemo : ITaylorRows
{
    private const int PageSlots = 64;
    private const int Pages = TaylorAnchors.MaxX * TaylorAnchors.MaxAnchor / PageSlots;
    private const int ChunkRows = 32;
    private const int ChunkLength = ChunkRows * TaylorAnchors.Terms;
    private const int Capacity = 8_192;

    private double[]?[]? _pages;
    private double[]?[]? _chunks;
    private int _count;
    private int _uses;

    /// <summary>Rows handed out so far (at most the capacity, 8,192).</summary>
    public int Count => Math.Min(Volatile.Read(ref _count), Capacity);

    /// <summary>
    /// Whether the memo holds storage, installing it on the second call: a model asked for one vector of expectations
    /// (one customer, or the first eight of a batch) builds those rows per vector and keeps nothing.
    /// </summary>
    public bool Open()
    {
        if (Volatile.Read(ref _chunks) is not null)
        {
            return true;
        }

        if (Interlocked.Increment(ref _uses) < 2)
        {
            return false;
        }

        // The pages first: whoever sees the chunks' directory sees the pages' too.
        Interlocked.CompareExchange(ref _pages, new double[Pages][], null);
        Interlocked.CompareExchange(ref _chunks, new double[Capacity / ChunkRows][], null);
        return true;
    }

    /// <inheritdoc />
    /// <remarks>Only after <see cref="Open"/> returned true.</remarks>
    public ref double Slot(int x, int k)
    {
        int index = (x * TaylorAnchors.MaxAnchor) + k;
        var page = Volatile.Read(ref _pages![index / PageSlots]) ?? Install(_pages!, index / PageSlots, PageSlots);
        return ref page[index % PageSlots];
    }

    /// <inheritdoc />
    public int Claim()
    {
        // Checked before the increment, so that a full memo (a long-lived model) never counts past int.MaxValue.
        if (Volatile.Read(ref _count) >= Capacity)
        {
            return -1;
        }

        int row = Interlocked.Increment(ref _count) - 1;
        if (row >= Capacity)
        {
            return -1;
        }

        _ = Volatile.Read(ref _chunks![row / ChunkRows]) ?? Install(_chunks!, row / ChunkRows, ChunkLength);
        return row * TaylorAnchors.Terms;
    }

    /// <inheritdoc />
    public Span<double> Row(int offset) => _chunks![offset / ChunkLength].AsSpan(offset % ChunkLength, TaylorAnchors.Terms);

    private static double[] Install(double[]?[] arrays, int index, int length)
    {
        Interlocked.CompareExchange(ref arrays[index], new double[length], null);
        return arrays[index]!;
    }
}
