using System.Buffers;
using Ardalis.GuardClauses;

namespace Crm.Domain.CustomerValue.Summaries;

/// <content>Building the result, merging builders.</content>
public sealed partial class CustomerSummaryBuilder<TCustomer>
{
    /// <summary>
    /// The summaries of everything added so far (the builder is not changed and can keep accumulating). An empty
    /// builder gives an empty result.
    /// </summary>
    /// <remarks>The row order is not part of the contract (see <see cref="CustomerSummaries{TCustomer}.Rows"/>). Customers whose first purchase is after the
    /// calibration end are left out and counted in <see cref="CustomerSummaries{TCustomer}.CustomersFirstSeenInHoldout"/>.</remarks>
    public CustomerSummaries<TCustomer> Build()
    {
        var columns = new SummaryColumns<TCustomer>(_customerCount);
        var included = 0;
        var firstSeenInHoldout = 0;
        var scratch = Array.Empty<int>();

        var dates = new DayDates();
        try
        {
            foreach (var shard in _shards)
            {
                if (shard is null)
                {
                    continue;
                }

                foreach (var (key, s) in shard)
                {
                    if ((s.Sums.FirstCode & 1) != 0)
                    {
                        firstSeenInHoldout++;
                        continue;
                    }

                    var calibrationDistinct = s.Sums.CalibrationDistinct;
                    var holdoutDistinct = s.Sums.HoldoutDistinct;
                    if (s.Unsorted)
                    {
                        (calibrationDistinct, holdoutDistinct) = CountDistinct(s.Tail, ref scratch);
                    }

                    var summary = SummaryAccumulator<TCustomer>.SummaryOf(
                        calibrationDistinct, s.Sums.FirstCode >> 1, s.Sums.MaxCalibrationKey, _calibrationEndKey, s.Sums.CalibrationSpend, s.Sums.FirstSpend, _sameDay ? Options.PeriodLengthInDays : 0d);
                    columns.Set(included++, key.Customer, dates.Of(s.Sums.MinCalibrationDay), summary, holdoutDistinct, s.Sums.HoldoutSpend);
                }
            }
        }
        finally
        {
            if (scratch.Length > 0)
            {
                ArrayPool<int>.Shared.Return(scratch);
            }
        }

        columns.Trim(included);
        return columns.ToSummaries(Options, _transactionCount, firstSeenInHoldout);
    }

    /// <summary>Adds everything <paramref name="other"/> holds to this builder (<paramref name="other"/> is not
    /// changed). The result is as if every transaction of both had been added to this one.</summary>
    /// <exception cref="ArgumentException"><paramref name="other"/> is null or has different options.</exception>
    public void Merge(CustomerSummaryBuilder<TCustomer> other)
    {
        Guard.Against.Null(other);
        if (other.Options != Options)
        {
            throw new ArgumentException($"other has options ({other.Options}) that differ from this builder's ({Options}).", nameof(other));
        }

        // Merging a builder into itself reads what it writes: merge a snapshot instead.
        var source = ReferenceEquals(other, this) ? Copy(this) : other;
        var offset = AppendChain(source);

        // Into an empty builder (a copy) the source's customers are exactly the new ones: reserve room for them.
        // Otherwise they may overlap: only shard if the union may call for it.
        ReserveCustomers(_customerCount == 0 ? source._customerCount : 0);
        if (_shardMask == 0 && (long)_customerCount + source._customerCount >= ShardingThreshold)
        {
            Reshard();
        }

        // Shard i of the source only holds customers of shard i here when both are sharded: one table at a time.
        foreach (var theirs in source._shards)
        {
            if (theirs is null)
            {
                continue;
            }

            foreach (var (key, o) in theirs)
            {
                ref var s = ref Find(key.Customer, key.Hash, out var exists);
                if (!exists)
                {
                    s = CustomerState.Empty;
                }

                MergeState(ref s, o, offset);
            }
        }

        _transactionCount += source._transactionCount;
    }

    /// <summary>A new builder holding everything of <paramref name="left"/> and <paramref name="right"/> (neither
    /// is changed). Associative and commutative up to row order; an empty builder is its identity.</summary>
    /// <exception cref="ArgumentException">A builder is null, or their options differ.</exception>
    public static CustomerSummaryBuilder<TCustomer> Combine(CustomerSummaryBuilder<TCustomer> left, CustomerSummaryBuilder<TCustomer> right)
    {
        Guard.Against.Null(left);
        Guard.Against.Null(right);
        var result = Copy(left);
        result.Merge(right);
        return result;
    }

    private static CustomerSummaryBuilder<TCustomer> Copy(CustomerSummaryBuilder<TCustomer> source)
    {
        var copy = new CustomerSummaryBuilder<TCustomer>(source.Options, source._customerCount);
        copy.Merge(source);
        return copy;
    }

    /// <summary>Appends the whole chain of <paramref name="source"/> (one sequential copy, its links shifted) and
    /// returns where it starts; each merged customer then splices its copied chain onto its own in O(1).</summary>
    private int AppendChain(CustomerSummaryBuilder<TCustomer> source)
    {
        var offset = _chainCount;
        var n = source._chainCount;
        EnsureChainCapacity(n);
        source._chainCode.AsSpan(0, n).CopyTo(_chainCode.AsSpan(offset, n));
        var from = source._chainPrevious.AsSpan(0, n);
        var to = _chainPrevious.AsSpan(offset, n);
        for (var i = 0; i < from.Length; i++)
        {
            to[i] = from[i] < 0 ? -1 : from[i] + offset;
        }

        _chainCount += n;
        return offset;
    }

    private void MergeState(ref CustomerState s, in CustomerState o, int offset)
    {
        var wasEmpty = s.Tail < 0;
        var appendsInOrder = !s.Unsorted && !o.Unsorted && o.Sums.FirstCode > s.Sums.LastCode;

        // Splice the other's copied chain after this one's: its first entry now links to this one's last (the
        // chain is a set of occasions: its order does not matter).
        if (wasEmpty)
        {
            s.Head = o.Head + offset;
        }
        else
        {
            _chainPrevious[o.Head + offset] = s.Tail;
        }

        s.Tail = o.Tail + offset;
        if (o.Sums.FirstCode < s.Sums.FirstCode)
        {
            s.Sums.FirstSpend = o.Sums.FirstSpend;
        }
        else if (o.Sums.FirstCode == s.Sums.FirstCode)
        {
            s.Sums.FirstSpend += o.Sums.FirstSpend;
        }

        s.Sums.FirstCode = Math.Min(s.Sums.FirstCode, o.Sums.FirstCode);
        s.Sums.LastCode = Math.Max(s.Sums.LastCode, o.Sums.LastCode);
        s.Sums.MaxCalibrationKey = Math.Max(s.Sums.MaxCalibrationKey, o.Sums.MaxCalibrationKey);
        s.Sums.MinCalibrationDay = Math.Min(s.Sums.MinCalibrationDay, o.Sums.MinCalibrationDay);
        s.Sums.CalibrationSpend += o.Sums.CalibrationSpend;
        s.Sums.HoldoutSpend += o.Sums.HoldoutSpend;
        if (wasEmpty || appendsInOrder)
        {
            s.Sums.CalibrationDistinct += o.Sums.CalibrationDistinct;
            s.Sums.HoldoutDistinct += o.Sums.HoldoutDistinct;
            s.Unsorted |= o.Unsorted;
        }
        else
        {
            s.Unsorted = true;
        }
    }

    private (int Calibration, int Holdout) CountDistinct(int tail, ref int[] scratch)
    {
        var n = 0;
        for (var e = tail; e >= 0; e = _chainPrevious[e])
        {
            if (n == scratch.Length)
            {
                var bigger = ArrayPool<int>.Shared.Rent(Math.Max(64, n * 2));
                scratch.AsSpan(0, n).CopyTo(bigger);
                if (scratch.Length > 0)
                {
                    ArrayPool<int>.Shared.Return(scratch);
                }

                scratch = bigger;
            }

            scratch[n++] = _chainCode[e];
        }

        var codes = scratch.AsSpan(0, n);
        codes.Sort();
        int calibration = 0, holdout = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (i > 0 && codes[i] == codes[i - 1])
            {
                continue;
            }

            if ((codes[i] & 1) == 0)
            {
                calibration++;
            }
            else
            {
                holdout++;
            }
        }

        return (calibration, holdout);
    }
}
