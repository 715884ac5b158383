using System.Buffers;
using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Summaries;

/// <content>Batches: validation first, then either in row order or grouped by shard.</content>
public sealed partial class CustomerSummaryBuilder<TCustomer>
{
    /// <summary>Below this many rows a batch is applied in row order: grouping costs two extra passes, which only
    /// pay when the customers' tables no longer fit in the cache.</summary>
    private const int DefaultGroupingThreshold = 1 << 18;

    /// <summary>The most rows grouped at a time, bounding the scratch buffer (about 32 bytes per row).</summary>
    private const int MaxGroupedRows = 1 << 22;

    /// <summary>Checks every row (customer key, amount, date) before anything changes. Marks in
    /// <paramref name="runStarts"/> (one bit per row) the rows whose customer differs from the row before, and
    /// returns their number, the runs of equal customers (an upper bound of the new customers).</summary>
    private int Validate(ReadOnlySpan<CustomerTransaction<TCustomer>> transactions, ulong[] runStarts)
    {
        var coder = Coder;
        var runs = 0;
        var last = default(TCustomer)!;
        var word = 0UL;
        for (var i = 0; i < transactions.Length; i++)
        {
            ref readonly var t = ref transactions[i];
            var startsRun = i == 0 || !EqualityComparer<TCustomer>.Default.Equals(t.Customer, last);
            coder.Code(t.Date, out var day);
            SummaryAccumulator<TCustomer>.Check(t, day, _observationEndDay, _observationEnd, checkKey: startsRun);
            if (startsRun)
            {
                last = t.Customer;
                runs++;
                word |= 1UL << (i & 63);
            }

            if ((i & 63) == 63)
            {
                runStarts[i >> 6] = word;
                word = 0;
            }
        }

        if ((transactions.Length & 63) != 0)
        {
            runStarts[(transactions.Length - 1) >> 6] = word;
        }

        return runs;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsRun(ulong[] runStarts, int row) => ((runStarts[row >> 6] >> (row & 63)) & 1UL) != 0;

    /// <summary>Applies validated rows in their order; a row of the same customer as the row before reuses its
    /// state without a lookup (the state cannot have moved: only adding a customer moves a shard's entries).</summary>
    private void ApplyInOrder(ReadOnlySpan<CustomerTransaction<TCustomer>> transactions, ulong[] runStarts)
    {
        var coder = Coder;
        ref var s = ref Unsafe.NullRef<CustomerState>();
        for (var i = 0; i < transactions.Length; i++)
        {
            ref readonly var t = ref transactions[i];
            var code = coder.Code(t.Date, out var day);
            if (!StartsRun(runStarts, i))
            {
                Update(ref s, code, day, t.Amount);
                continue;
            }

            s = ref Find(t.Customer, ShardKey<TCustomer>.HashOf(t.Customer), out var exists);
            if (exists)
            {
                Update(ref s, code, day, t.Amount);
            }
            else
            {
                Start(ref s, code, day, t.Amount);
            }
        }
    }

    /// <summary>Applies validated rows shard by shard: a counting sort of the rows by shard (stable, so each
    /// customer's rows keep their order), then one shard's rows at a time against that shard's table.</summary>
    private void ApplyGrouped(ReadOnlySpan<CustomerTransaction<TCustomer>> transactions, ulong[] runStarts)
    {
        var chunk = Math.Min(transactions.Length, MaxGroupedRows);
        var hashes = ArrayPool<int>.Shared.Rent(chunk);
        var grouped = ArrayPool<GroupedRow>.Shared.Rent(chunk);

        // (Arrays, not stackalloc: a method with stackalloc and loops misses the JIT's profile-guided tier.)
        var starts = new int[ShardCount + 1];
        var cursors = new int[ShardCount];
        try
        {
            for (var from = 0; from < transactions.Length; from += chunk)
            {
                var rows = transactions.Slice(from, Math.Min(chunk, transactions.Length - from));
                GroupByShard(rows, from, runStarts, hashes, grouped, starts, cursors);
                for (var shard = 0; shard < ShardCount; shard++)
                {
                    if (starts[shard + 1] > starts[shard])
                    {
                        ApplyShard(Shard(shard), grouped.AsSpan(starts[shard], starts[shard + 1] - starts[shard]));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hashes);
            ArrayPool<GroupedRow>.Shared.Return(grouped, RuntimeHelpers.IsReferenceOrContainsReferences<TCustomer>());
        }
    }

    private void GroupByShard(
        ReadOnlySpan<CustomerTransaction<TCustomer>> rows,
        int firstRow,
        ulong[] runStarts,
        int[] hashes,
        GroupedRow[] grouped,
        int[] starts,
        int[] cursors)
    {
        // Count the rows of each shard (hashing a key once per run of equal keys), then place them.
        Array.Clear(starts);
        var lastHash = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            if (i == 0 || StartsRun(runStarts, firstRow + i))
            {
                lastHash = ShardKey<TCustomer>.HashOf(rows[i].Customer);
            }

            hashes[i] = lastHash;
            starts[ShardOf(lastHash) + 1]++;
        }

        for (var shard = 0; shard < ShardCount; shard++)
        {
            starts[shard + 1] += starts[shard];
            cursors[shard] = starts[shard];
        }

        var coder = Coder;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var t = ref rows[i];
            var code = coder.Code(t.Date, out var day);
            var hash = hashes[i];
            grouped[cursors[ShardOf(hash)]++] = new GroupedRow(t.Customer, hash, code, day, t.Amount);
        }
    }

    private void ApplyShard(Dictionary<ShardKey<TCustomer>, CustomerState> shard, ReadOnlySpan<GroupedRow> rows)
    {
        ref var s = ref Unsafe.NullRef<CustomerState>();
        var last = default(TCustomer)!;
        var lastHash = 0;
        foreach (ref readonly var r in rows)
        {
            if (!Unsafe.IsNullRef(ref s) && r.Hash == lastHash && EqualityComparer<TCustomer>.Default.Equals(r.Customer, last))
            {
                Update(ref s, r.Code, r.Day, r.Amount);
                continue;
            }

            s = ref FindIn(shard, r.Customer, r.Hash, out var exists);
            last = r.Customer;
            lastHash = r.Hash;
            if (exists)
            {
                Update(ref s, r.Code, r.Day, r.Amount);
            }
            else
            {
                Start(ref s, r.Code, r.Day, r.Amount);
            }
        }
    }

    /// <summary>A validated row with its key hash, occasion code and day number, placed in its shard's range.</summary>
    private readonly struct GroupedRow(TCustomer customer, int hash, int code, int day, double amount)
    {
        public readonly TCustomer Customer = customer;
        public readonly int Hash = hash;
        public readonly int Code = code;
        public readonly int Day = day;
        public readonly double Amount = amount;
    }
}
