using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Crm.Domain.CustomerValue.Summaries;

/// <content>One row's effect on a customer's state; the shards and the occasion chain.</content>
public sealed partial class CustomerSummaryBuilder<TCustomer>
{
    /// <summary>Up to this many customers the builder keeps one table: sharding costs an indirection per lookup,
    /// which only pays once the customers' states (about 80 bytes each) outgrow the processor caches.</summary>
    private const int DefaultShardingThreshold = 1 << 16;

    /// <summary>The shard of a hash: the top bits of a Fibonacci multiply, so that keys whose hashes differ only in
    /// the high bits (or only in the low bits) still spread over every shard; always 0 before sharding.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ShardOf(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> (32 - ShardBits)) & _shardMask;

    private Dictionary<ShardKey<TCustomer>, CustomerState> Shard(int shard) =>
        _shards[shard] ??= new Dictionary<ShardKey<TCustomer>, CustomerState>();

    /// <summary>Makes room for <paramref name="extra"/> more customers (sharding first if the total calls for it),
    /// so that a table does not grow step by step. Never call it while holding a reference into a table.</summary>
    private void ReserveCustomers(int extra)
    {
        var total = (long)_customerCount + extra;
        if (_shardMask == 0 && total >= ShardingThreshold)
        {
            Reshard();
        }

        if (extra == 0)
        {
            return;
        }

        if (_shardMask == 0)
        {
            Shard(0).EnsureCapacity((int)total);
            return;
        }

        // An even spread plus a margin, so that few shards grow.
        var perShard = (extra / ShardCount) + (extra / ShardCount / 8) + 4;
        for (var i = 0; i < ShardCount; i++)
        {
            var shard = Shard(i);
            shard.EnsureCapacity(shard.Count + perShard);
        }
    }

    /// <summary>Spreads the single table over <see cref="ShardCount"/> tables (once; a cost like one table
    /// resize).</summary>
    private void Reshard()
    {
        var single = _shards[0];
        _shardMask = ShardCount - 1;
        if (single is null || single.Count == 0)
        {
            return;
        }

        _shards[0] = null;
        var perShard = (single.Count / ShardCount) + (single.Count / ShardCount / 8) + 4;
        foreach (var (key, state) in single)
        {
            var shard = _shards[ShardOf(key.Hash)] ??= new Dictionary<ShardKey<TCustomer>, CustomerState>(perShard);
            shard.Add(key, state);
        }
    }

    /// <summary>The state of a customer, added empty (and counted) when new. The reference is valid until the next
    /// customer is added to the same shard.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref CustomerState Find(TCustomer customer, int hash, out bool exists) =>
        ref FindIn(Shard(ShardOf(hash)), customer, hash, out exists);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref CustomerState FindIn(Dictionary<ShardKey<TCustomer>, CustomerState> shard, TCustomer customer, int hash, out bool exists)
    {
        ref var s = ref CollectionsMarshal.GetValueRefOrAddDefault(shard, new ShardKey<TCustomer>(customer, hash), out exists);
        if (!exists)
        {
            _customerCount++;
        }

        return ref s;
    }

    /// <summary>A customer's first row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Start(ref CustomerState s, int code, int day, double amount)
    {
        s = CustomerState.Empty;
        s.Sums.Start(code, day, amount);
        s.Tail = Link(-1, code);
        s.Head = s.Tail;
    }

    /// <summary>A further row of a customer already seen: the sums, and the occasion in the chain unless it repeats
    /// the last one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Update(ref CustomerState s, int code, int day, double amount)
    {
        var step = s.Sums.Update(code, day, amount);
        if (step != OccasionStep.SameAsLast)
        {
            // Out of order, the occasion may repeat one already kept: deduplicated in Build.
            s.Tail = Link(s.Tail, code);
            s.Unsorted |= step == OccasionStep.OutOfOrder;
        }
    }

    /// <summary>Makes room for <paramref name="extra"/> more chain entries (at most one per row), growing at least
    /// twofold so that many small batches stay amortised O(1) per row.</summary>
    private void EnsureChainCapacity(int extra)
    {
        var needed = (long)_chainCount + extra;
        if (needed <= _chainCode.Length)
        {
            return;
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(64L, (long)_chainCode.Length * 2)));
        Array.Resize(ref _chainCode, size);
        Array.Resize(ref _chainPrevious, size);
    }

    /// <summary>Appends an occasion to a customer's chain, which links backwards (each entry names the previous one),
    /// so that appending only writes at the end of the arrays.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Link(int tail, int code)
    {
        if (_chainCount == _chainCode.Length)
        {
            EnsureChainCapacity(1);
        }

        var entry = _chainCount++;
        _chainCode[entry] = code;
        _chainPrevious[entry] = tail;
        return entry;
    }

    /// <summary>One customer's mergeable state: its sums, and its occasions as the chain from <c>Tail</c> back to
    /// <c>Head</c>.</summary>
    private struct CustomerState
    {
        public static CustomerState Empty => new()
        {
            Sums = OccasionSums.Empty,
            Tail = -1,
            Head = -1,
        };

        public OccasionSums Sums;
        public int Tail;

        /// <summary>The first chain entry (the one linking to -1), where a merge splices another chain on.</summary>
        public int Head;
        public bool Unsorted;
    }
}
