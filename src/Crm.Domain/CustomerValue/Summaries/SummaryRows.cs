using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>The rows an accumulator applies, in log order: a struct the JIT specialises, so that the one loop of
/// <see cref="SummaryAccumulator{TCustomer}"/> serves the whole log and one partition of it without a delegate.</summary>
internal interface ISummaryRows
{
    /// <summary>The next row index, or false at the end.</summary>
    bool Next(out int row);
}

/// <summary>Every row of [from, to), in order.</summary>
internal struct RangeRows(int from, int to) : ISummaryRows
{
    private int _next = from;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Next(out int row)
    {
        row = _next++;
        return row < to;
    }
}

/// <summary>The rows whose partition byte is in [<c>first</c>, <c>first + count</c>), in order: 16 bytes compared at a
/// time (one unsigned compare after a subtraction), each match a bit of a mask. No copy of the rows: each worker reads
/// the shared log and the shared byte per row.</summary>
internal struct PartitionRows(byte[] partitionOf, byte first, byte count) : ISummaryRows
{
    private int _base;
    private int _scanned;
    private uint _mask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Next(out int row)
    {
        while (_mask == 0)
        {
            if (_scanned >= partitionOf.Length)
            {
                row = -1;
                return false;
            }

            Scan();
        }

        row = _base + BitOperations.TrailingZeroCount(_mask);
        _mask &= _mask - 1;
        return true;
    }

    private void Scan()
    {
        _base = _scanned;
        if (_scanned + Vector128<byte>.Count <= partitionOf.Length)
        {
            var bytes = Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(partitionOf), (nuint)_scanned);
            _mask = Vector128.LessThan(bytes - Vector128.Create(first), Vector128.Create(count)).ExtractMostSignificantBits();
            _scanned += Vector128<byte>.Count;
            return;
        }

        for (; _scanned < partitionOf.Length; _scanned++)
        {
            if ((byte)(partitionOf[_scanned] - first) < count)
            {
                _mask |= 1u << (_scanned - _base);
            }
        }
    }
}
