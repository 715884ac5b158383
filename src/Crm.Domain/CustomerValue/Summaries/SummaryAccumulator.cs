using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// The one-shot summariser's accumulator: customers get a dense index in the order they first appear, their state
/// lives in fixed-size chunks of records (never moved, so a reference to a record stays valid), and an open-addressing
/// table of indexes finds them. Unlike <see cref="CustomerSummaryBuilder{TCustomer}"/> it keeps no occasion chain:
/// a customer whose rows come in date order (the usual log) has its distinct occasions counted on the fly, and only
/// customers seen out of order are recounted afterwards from a second pass over their rows.
/// </summary>
/// <remarks>
/// Records, not one array per field: a row touches one customer at a random place, and a 56-byte record costs one
/// cache miss where seven parallel arrays would cost seven. Every customer's rows are applied in log order, so its
/// sums are the same additions in the same order as in the builder (and in any partition holding all its rows).
/// Not thread-safe: one accumulator per partition.
/// </remarks>
internal sealed class SummaryAccumulator<TCustomer>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    private const int ChunkBits = 14;
    private const int ChunkSize = 1 << ChunkBits;

    /// <summary>The <see cref="OccasionSums.LastCode"/> of a customer seen out of order: above every code, so that no later
    /// row counts as a new occasion.</summary>
    private const int Unsorted = int.MaxValue;

    /// <summary>How many rows ahead of the row applied a record is prefetched: enough to cover a memory latency
    /// (~100 ns against a few ns per row whose lines are in cache).</summary>
    private const int Lookahead = 16;

    /// <summary>How many rows are pulled ahead of the row applied (their table slots prefetched); a power of two.</summary>
    private const int Window = 2 * Lookahead;

    private readonly SummaryOptions _options;
    private readonly OccasionCoder _coder;
    private readonly int _observationEndDay;
    private readonly bool _trackFirstRows;
    private Entry[][] _chunks = [];
    private int[] _table;
    private int _shift;
    private int _count;
    private int _included;
    private int[] _firstRows = [];
    private bool _anyUnsorted;

    /// <summary>An empty accumulator whose table is sized for <paramref name="rows"/> rows.</summary>
    /// <remarks>The cheap estimate: about a customer per four rows (a CDNOW-like log has one per three), so the
    /// table, kept at most half full, starts at half a slot per row and grows at most a few times.</remarks>
    public SummaryAccumulator(SummaryOptions options, bool trackFirstRows, int rows)
    {
        _options = options;
        var sameDay = options.Merging == TransactionMerging.SameDay || options.Period == SummaryPeriod.Day;
        _coder = new OccasionCoder(SummaryTime.DayNumber(options.CalibrationEnd), options.Period, sameDay);
        _observationEndDay = SummaryTime.DayNumber(options.ObservationEnd);
        _trackFirstRows = trackFirstRows;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(rows / 2, 1 << 10, 1 << 30));
        _table = new int[size];
        _shift = 32 - BitOperations.Log2((uint)size);
    }

    /// <summary>Whether <see cref="Apply"/> pipelines its lookups (the default where the processor can prefetch);
    /// false takes the plain loop, as on a processor without <see cref="Sse"/>, so that tests compare the two.</summary>
    public bool Pipelined { get; init; } = Sse.IsSupported;

    /// <summary>The number of distinct customers seen.</summary>
    public int Count => _count;

    /// <summary>The table slot of a hash: the top bits of a Fibonacci multiply (partitions use another mix).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(TCustomer customer) => (uint)EqualityComparer<TCustomer>.Default.GetHashCode(customer) * 0x9E3779B9u;

    /// <summary>Applies <paramref name="rows"/> of <paramref name="log"/> in order; with <paramref name="check"/>
    /// it validates each row as the builder does (on a bad row it throws what the builder's batch would throw),
    /// without, the rows were checked before.</summary>
    /// <remarks>
    /// Software-pipelined where the processor can prefetch (x86's <see cref="Sse.Prefetch0"/>). On a big log a
    /// row's lookup is two dependent cache misses (its table slot, then its record, each at a random place in tens of
    /// MB), and a loop that waits for each in turn runs at memory latency. So the rows are pulled
    /// <see cref="Window"/> ahead of the row applied: a pulled row's key is hashed (once) and its table slot
    /// prefetched; <see cref="Lookahead"/> rows ahead, when that slot has arrived, its record is prefetched. By the
    /// time a row is applied both lines are in cache. Prefetches change no value, and the rows are applied in the
    /// same order either way, so the result is the same bits with or without them.
    /// </remarks>
    public void Apply<TRows>(ReadOnlySpan<CustomerTransaction<TCustomer>> log, TRows rows, bool check)
        where TRows : struct, ISummaryRows
    {
        var again = rows;
        var current = -1;
        var last = default(TCustomer)!;
        if (Pipelined && Sse.IsSupported)
        {
            Span<int> pending = stackalloc int[Window];
            Span<uint> hashes = stackalloc uint[Window];
            int head = 0, tail = 0;
            var more = true;
            while (true)
            {
                while (more && tail - head < Window)
                {
                    if (!rows.Next(out var next))
                    {
                        more = false;
                        break;
                    }

                    var hash = Mix(log[next].Customer);
                    pending[tail & (Window - 1)] = next;
                    hashes[tail & (Window - 1)] = hash;
                    PrefetchSlot(hash);
                    tail++;
                }

                if (head == tail)
                {
                    break;
                }

                if (head + Lookahead < tail)
                {
                    PrefetchRecord(hashes[(head + Lookahead) & (Window - 1)]);
                }

                Step(log, pending[head & (Window - 1)], hashes[head & (Window - 1)], check, ref current, ref last);
                head++;
            }
        }
        else
        {
            while (rows.Next(out var r))
            {
                Step(log, r, Mix(log[r].Customer), check, ref current, ref last);
            }
        }

        if (_anyUnsorted)
        {
            Recount(log, again);
        }
    }

    /// <summary>Applies row <paramref name="r"/> (its key's <see cref="Mix"/> is <paramref name="hash"/>);
    /// <paramref name="current"/> and <paramref name="last"/> are the record index and key of the previous row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Step(ReadOnlySpan<CustomerTransaction<TCustomer>> log, int r, uint hash, bool check, ref int current, ref TCustomer last)
    {
        ref readonly var t = ref log[r];
        var code = _coder.Code(t.Date, out var day);
        var sameCustomer = current >= 0 && EqualityComparer<TCustomer>.Default.Equals(t.Customer, last);
        if (check)
        {
            Check(t, day, _observationEndDay, _options.ObservationEnd, checkKey: !sameCustomer);
        }

        if (sameCustomer)
        {
            Update(ref At(current), code, day, t.Amount);
            return;
        }

        last = t.Customer;
        ref var s = ref Find(t.Customer, hash, out current, out var isNew);
        if (isNew)
        {
            s.Sums.Start(code, day, t.Amount);
            _included += ~code & 1;
            if (_trackFirstRows)
            {
                AddFirstRow(r);
            }
        }
        else
        {
            Update(ref s, code, day, t.Amount);
        }
    }

    /// <summary>Prefetches the table slot of a hash (see <see cref="Apply"/>).</summary>
    // The pointer is not pinned: if the GC moves the array in between, the prefetch touches a stale address, which
    // costs a wasted line and never faults (a prefetch is a hint), so no value read anywhere can differ.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void PrefetchSlot(uint hash) => Sse.Prefetch0(Unsafe.AsPointer(ref _table[(int)(hash >> _shift)]));

    /// <summary>Prefetches the record the table slot of a hash points at, if any: the first probe only (a longer
    /// probe, or a key first seen later in the window, finds its record the slow way, with the same result).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void PrefetchRecord(uint hash)
    {
        var index = _table[(int)(hash >> _shift)] - 1;
        if (index >= 0)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref At(index)));
        }
    }

    /// <summary>The builder's checks of one row, in its order: the key (where a run of equal keys starts), the
    /// amount, the date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check(in CustomerTransaction<TCustomer> t, int day, int observationEndDay, NodaTime.LocalDate observationEnd, bool checkKey)
    {
        if (checkKey)
        {
            Guard.Against.NullOrDefaultKey(t.Customer, parameterName: "customer");
        }

        if (!(t.Amount >= 0d) || !double.IsFinite(t.Amount))
        {
            Guard.Against.NegativeValueOf(t.Amount, "customer", t.Customer, parameterName: "amount");
        }

        if (day > observationEndDay)
        {
            Guard.Against.AfterOf(SummaryTime.ToIso(t.Date), observationEnd, "the observation end", "customer", t.Customer, parameterName: "date");
        }
    }

    /// <summary>The number of customers whose first occasion is in calibration (those that get a row), counted as
    /// rows are applied (no pass over the records).</summary>
    public int CountIncluded() => _included;

    /// <summary>Writes the rows of the customers first seen in calibration: in first-seen order at
    /// <paramref name="offset"/> on, or, when <paramref name="rank"/> is given, each at the rank of its first row.</summary>
    public void Write(SummaryColumns<TCustomer> columns, int offset, Func<int, int>? rank)
    {
        var calibrationEndKey = _coder.Code(_options.CalibrationEnd, out _) >> 1;
        var sameDay = _options.Merging == TransactionMerging.SameDay || _options.Period == SummaryPeriod.Day;
        var next = offset;
        var dates = new DayDates();
        for (var i = 0; i < _count; i++)
        {
            ref readonly var e = ref At(i);
            if ((e.Sums.FirstCode & 1) != 0)
            {
                continue;
            }

            var summary = SummaryOf(e.Sums.CalibrationDistinct, e.Sums.FirstCode >> 1, e.Sums.MaxCalibrationKey, calibrationEndKey, e.Sums.CalibrationSpend, e.Sums.FirstSpend, sameDay ? _options.PeriodLengthInDays : 0d);
            var at = rank is null ? next++ : rank(_firstRows[i]);
            columns.Set(at, e.Key, dates.Of(e.Sums.MinCalibrationDay), summary, e.Sums.HoldoutDistinct, e.Sums.HoldoutSpend);
        }
    }

    /// <summary>Marks in <paramref name="bits"/> the first rows of the customers first seen in calibration (bits may
    /// be shared with other partitions' accumulators running at the same time).</summary>
    public void MarkFirstRows(long[] bits)
    {
        for (var i = 0; i < _count; i++)
        {
            if ((At(i).Sums.FirstCode & 1) == 0)
            {
                var row = _firstRows[i];
                Interlocked.Or(ref bits[row >> 6], 1L << (row & 63));
            }
        }
    }

    /// <summary>One customer's summary from its state (shared with the builder, so that both compute the same bits).
    /// The last argument is the period length in days when keys are days, 0 when keys are periods.</summary>
    internal static CustomerSummary SummaryOf(int calibrationDistinct, int firstKey, int maxCalibrationKey, int calibrationEndKey, double calibrationSpend, double firstSpend, double periodDays)
    {
        var x = calibrationDistinct - 1;
        var recency = x == 0 ? 0d : Elapsed(maxCalibrationKey - firstKey, periodDays);
        var age = Elapsed(calibrationEndKey - firstKey, periodDays);

        // Spend is non-negative, so the repeat spend is too; the clamp only absorbs rounding.
        var monetary = x == 0 ? 0d : Math.Max(0d, calibrationSpend - firstSpend) / x;
        return CustomerSummary.Create(x, recency, age, monetary);
    }

    private static double Elapsed(int keys, double periodDays) => periodDays > 0d ? keys / periodDays : keys;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Entry At(int index) => ref _chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    /// <summary>The record of a customer, added (and counted) when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Entry Find(TCustomer customer, uint hash, out int index, out bool isNew)
    {
        var mask = _table.Length - 1;
        var slot = (int)(hash >> _shift);
        while (true)
        {
            index = _table[slot] - 1;
            if (index < 0)
            {
                break;
            }

            ref var e = ref At(index);
            if (EqualityComparer<TCustomer>.Default.Equals(e.Key, customer))
            {
                isNew = false;
                return ref e;
            }

            slot = (slot + 1) & mask;
        }

        isNew = true;
        index = _count;
        return ref Add(slot, customer);
    }

    private ref Entry Add(int slot, TCustomer customer)
    {
        var index = _count++;
        if ((index & (ChunkSize - 1)) == 0)
        {
            var chunk = index >> ChunkBits;
            if (chunk == _chunks.Length)
            {
                Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
            }

            _chunks[chunk] = new Entry[ChunkSize];
        }

        At(index).Key = customer;
        _table[slot] = index + 1;

        // Keep the table at most half full: linear probing stays short.
        if (_count > _table.Length >> 1)
        {
            Grow();
        }

        return ref At(index);
    }

    private void Grow()
    {
        _table = new int[_table.Length * 2];
        _shift--;
        var mask = _table.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = (int)(Mix(At(i).Key) >> _shift);
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _table[slot] = i + 1;
        }
    }

    private void AddFirstRow(int row)
    {
        var index = _count - 1;
        if (index == _firstRows.Length)
        {
            Array.Resize(ref _firstRows, Math.Max(1024, _firstRows.Length * 2));
        }

        _firstRows[index] = row;
    }

    /// <summary>A further row of a customer already seen (the builder's update, without the chain).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Update(ref Entry s, int code, int day, double amount)
    {
        // The first code only falls, and a calibration code is below every holdout code: a customer can only move from
        // first seen in the holdout to first seen in calibration (an earlier row seen later), once.
        var firstSeenInHoldout = s.Sums.FirstCode & 1;
        var step = s.Sums.Update(code, day, amount);
        _included += firstSeenInHoldout & ~s.Sums.FirstCode & 1;
        if (step == OccasionStep.OutOfOrder)
        {
            s.Sums.LastCode = Unsorted;
            _anyUnsorted = true;
        }
    }

    /// <summary>Recounts the distinct occasions of the customers seen out of order: their (index, code) pairs,
    /// sorted, deduplicated.</summary>
    private void Recount<TRows>(ReadOnlySpan<CustomerTransaction<TCustomer>> log, TRows rows)
        where TRows : struct, ISummaryRows
    {
        var pairs = new List<long>();
        while (rows.Next(out var r))
        {
            ref readonly var t = ref log[r];
            var index = IndexOf(t.Customer);
            if (At(index).Sums.LastCode == Unsorted)
            {
                pairs.Add(((long)index << 32) | (uint)_coder.Code(t.Date, out _));
            }
        }

        pairs.Sort();
        for (var k = 0; k < pairs.Count; k++)
        {
            if (k > 0 && pairs[k] == pairs[k - 1])
            {
                continue;
            }

            ref var s = ref At((int)(pairs[k] >> 32));
            if (k == 0 || (pairs[k] >> 32) != (pairs[k - 1] >> 32))
            {
                s.Sums.CalibrationDistinct = 0;
                s.Sums.HoldoutDistinct = 0;
            }

            if ((pairs[k] & 1) != 0)
            {
                s.Sums.HoldoutDistinct++;
            }
            else
            {
                s.Sums.CalibrationDistinct++;
            }
        }
    }

    private int IndexOf(TCustomer customer)
    {
        var mask = _table.Length - 1;
        var slot = (int)(Mix(customer) >> _shift);
        while (!EqualityComparer<TCustomer>.Default.Equals(At(_table[slot] - 1).Key, customer))
        {
            slot = (slot + 1) & mask;
        }

        return _table[slot] - 1;
    }

    /// <summary>One customer's state: its key and its sums.</summary>
    private struct Entry
    {
        public TCustomer Key;
        public OccasionSums Sums;
    }
}
