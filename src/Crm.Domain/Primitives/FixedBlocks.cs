namespace Crm.Domain.Primitives;

/// <summary>
/// The one way the library spreads work over cores and still returns the same bits as one core: the items are cut
/// into blocks whose size never depends on the degree of parallelism, each block is worked on its own (its partial
/// results go to a slot of its own), and the caller combines the slots in block order afterwards. Whatever the
/// degree and whichever thread runs a block, every block computes the same operations in the same order, so a sum
/// over blocks (added in order) and every per-item result are equal bit for bit to the single-threaded path.
/// </summary>
/// <remarks>
/// Every parallel option of the library (a <c>maxDegreeOfParallelism</c> of at least 1, 1 by default, so that a call
/// made inside a host's own parallel loop does not oversubscribe it) runs through <see cref="For"/>. Stateless.
/// </remarks>
internal static class FixedBlocks
{
    /// <summary>The default block: 8,192 items, large enough to amortise a task, small enough to balance two cores.</summary>
    public const int DefaultSize = 8_192;

    /// <summary>The number of blocks of <paramref name="size"/> items that cover <paramref name="length"/> items.</summary>
    public static int Count(int length, int size = DefaultSize) => length == 0 ? 0 : ((length - 1) / size) + 1;

    /// <summary>The item range [start, end) of block <paramref name="block"/>.</summary>
    public static (int Start, int End) Range(int block, int length, int size = DefaultSize)
    {
        int start = block * size;
        return (start, Math.Min(length, start + size));
    }

    /// <summary>
    /// Runs <paramref name="body"/> once for every block index in [0, <paramref name="blocks"/>): in order on the
    /// calling thread when <paramref name="maxDegreeOfParallelism"/> is 1 or there is one block, otherwise on up to
    /// that many threads. The body must write only to its block's own slots.
    /// </summary>
    public static void For(int blocks, int maxDegreeOfParallelism, Action<int> body)
    {
        if (maxDegreeOfParallelism <= 1 || blocks <= 1)
        {
            for (int k = 0; k < blocks; k++)
            {
                body(k);
            }

            return;
        }

        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, body);
    }
}
