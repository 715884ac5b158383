using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// A model's own Taylor rows (<see cref="BetaGeometricScoring"/>), kept for the model's lifetime so that single
/// customers and small batches, which cannot share a batch's table (<see cref="TaylorAnchors"/>), build each row once per
/// model instead of once per call. Rows are pure functions of the model, x and k, so a memoised row has the bits a batch
/// or the stack would build: the memo changes costs, never results.
/// </summary>
/// <remarks>
/// <para>Memory: nothing for the model's first <see cref="OpensAfter"/> vectors of expectations (a model loaded to score
/// one customer or one small batch keeps nothing and allocates nothing here; <see cref="Open"/>), then about 9 KB,
/// growing with use in pages of 64 slots (512 B) and chunks of 32 rows (2.3 KB), bounded by 8,192 rows: at most about
/// 0.85 MB, none of it on the large-object heap. When the memo is full, rows are built per vector as without a
/// memo.</para>
/// <para>Thread safety: safe for any number of threads (the protocol of <see cref="ITaylorRows"/>; arrays are installed
/// by compare-and-swap, and a row's chunk is installed and written before its slot is published).</para>
/// </remarks>
internal sealed class TaylorMemo
{
    private const int PageSlots = 64;
    private const int Pages = TaylorAnchors.MaxX * TaylorAnchors.MaxAnchor / PageSlots;
    private const int ChunkRows = 32;
    private const int ChunkLength = ChunkRows * TaylorAnchors.Terms;
    private const int Capacity = 8_192;

    /// <summary>
    /// Vectors a model evaluates before its memo takes storage: 16, two batches of 64 or 16 single customers, so that a
    /// model created for one call or one small batch (a service loading its model per request) pays no allocation and
    /// no publication it cannot use again, while a model kept alive starts saving after its second small batch.
    /// </summary>
    public const int OpensAfter = 16;

    private double[]?[]? _pages;
    private double[]?[]? _chunks;
    private int _count;
    private int _uses;

    /// <summary>Rows handed out so far (at most the capacity, 8,192).</summary>
    public int Count => Math.Min(Volatile.Read(ref _count), Capacity);

    /// <summary>
    /// Whether the memo holds storage, installing it at the <see cref="OpensAfter"/>-th call: until then each vector
    /// builds its rows itself and nothing is kept.
    /// </summary>
    public bool Open()
    {
        if (Volatile.Read(ref _chunks) is not null)
        {
            return true;
        }

        if (Interlocked.Increment(ref _uses) < OpensAfter)
        {
            return false;
        }

        // The pages first: whoever sees the chunks' directory sees the pages' too.
        Interlocked.CompareExchange(ref _pages, new double[Pages][], null);
        Interlocked.CompareExchange(ref _chunks, new double[Capacity / ChunkRows][], null);
        return true;
    }

    /// <summary>
    /// The memo as <see cref="ITaylorRows"/> for the kernel's generic row paths: a struct, so that those paths are
    /// compiled for it and its members inline (over the class itself they would share one instantiation and call the
    /// interface per lane).
    /// </summary>
    public View Rows => new(this);

    /// <inheritdoc cref="ITaylorRows.Slot"/>
    /// <remarks>Only after <see cref="Open"/> returned true.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref double Slot(int x, int k)
    {
        int index = (x * TaylorAnchors.MaxAnchor) + k;
        var page = Volatile.Read(ref _pages![index / PageSlots]) ?? Install(_pages!, index / PageSlots, PageSlots);
        return ref page[index % PageSlots];
    }

    /// <inheritdoc cref="ITaylorRows.Claim"/>
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

    /// <inheritdoc cref="ITaylorRows.Row"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<double> Row(int offset) => _chunks![offset / ChunkLength].AsSpan(offset % ChunkLength, TaylorAnchors.Terms);

    private static double[] Install(double[]?[] arrays, int index, int length)
    {
        Interlocked.CompareExchange(ref arrays[index], new double[length], null);
        return arrays[index]!;
    }

    /// <summary>A <see cref="TaylorMemo"/> seen as <see cref="ITaylorRows"/> (see <see cref="Rows"/>).</summary>
    internal readonly struct View : ITaylorRows
    {
        private readonly TaylorMemo _memo;

        /// <summary>Views <paramref name="memo"/>.</summary>
        public View(TaylorMemo memo) => _memo = memo;

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref double Slot(int x, int k) => ref _memo.Slot(x, k);

        /// <inheritdoc />
        public int Claim() => _memo.Claim();

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Span<double> Row(int offset) => _memo.Row(offset);
    }
}
