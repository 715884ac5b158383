using System.Numerics;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// The parallel one-shot summary: a first pass (in fixed blocks) checks every row and gives it the partition of its
/// customer key's hash, one byte per row, out of <see cref="PartitionCount"/> (a count that never depends on the
/// degree of parallelism); then each worker reads the whole log in order and applies only the rows of its own
/// partitions to its own accumulator (no scatter, no copy of the rows); finally each customer's row is written at
/// the rank of its first row in the log. The same rows in the same order, bit for bit, as the single-threaded
/// <see cref="SummaryAccumulator{TCustomer}"/>, whatever the degree.
/// </summary>
/// <remarks>Why the degree cannot change a bit: a customer's rows all have its partition, so they all go to one
/// accumulator, in log order, whichever worker holds that partition and whatever else it holds; a customer's sums are
/// therefore the same additions in the same order as on one thread, and the row order comes from the log alone. The
/// workers are <see cref="FixedBlocks"/> items (one per contiguous range of partitions); the first pass runs in its
/// fixed blocks. The price is a byte per row, a bit per row for the ranks and an int per customer for its first
/// row.</remarks>
internal static class SummaryPartitions
{
    /// <summary>Fixed: 16 partitions keep two to eight cores busy and each partition's table about 1/16 of the whole.</summary>
    public const int PartitionCount = 16;

    public static CustomerSummaries<TCustomer> Summarize<TCustomer>(ReadOnlyMemory<CustomerTransaction<TCustomer>> log, SummaryOptions options, int maxDegreeOfParallelism)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        var n = log.Length;
        var blocks = FixedBlocks.Count(n);
        var partitionOf = new byte[n];
        var counts = new int[blocks * PartitionCount];
        var firstBad = new int[blocks];
        FixedBlocks.For(blocks, maxDegreeOfParallelism, b => firstBad[b] = Classify(log.Span, options, b, partitionOf, counts));
        ThrowFirstBad(log.Span, options, firstBad);
        var rowsOf = new int[PartitionCount];
        for (var i = 0; i < counts.Length; i++)
        {
            rowsOf[i % PartitionCount] += counts[i];
        }

        // Worker w holds partitions [w * 16 / workers, (w + 1) * 16 / workers): about 1/workers of the customers.
        var workers = Math.Min(maxDegreeOfParallelism, PartitionCount);
        var accumulators = new SummaryAccumulator<TCustomer>[workers];
        FixedBlocks.For(workers, maxDegreeOfParallelism, w =>
        {
            var first = w * PartitionCount / workers;
            var end = (w + 1) * PartitionCount / workers;
            var rows = 0;
            for (var p = first; p < end; p++)
            {
                rows += rowsOf[p];
            }

            var accumulator = new SummaryAccumulator<TCustomer>(options, trackFirstRows: true, rows);
            accumulator.Apply(log.Span, new PartitionRows(partitionOf, (byte)first, (byte)(end - first)), check: false);
            accumulators[w] = accumulator;
        });

        // Rank of a first row among all included customers' first rows: a bit per row, popcounts per word.
        var bits = new long[(n + 63) >> 6];
        FixedBlocks.For(workers, maxDegreeOfParallelism, w => accumulators[w].MarkFirstRows(bits));
        var wordStarts = new int[bits.Length];
        var included = 0;
        for (var w = 0; w < bits.Length; w++)
        {
            wordStarts[w] = included;
            included += BitOperations.PopCount((ulong)bits[w]);
        }

        var columns = new SummaryColumns<TCustomer>(included);
        int Rank(int row) => wordStarts[row >> 6] + BitOperations.PopCount((ulong)bits[row >> 6] & ((1UL << (row & 63)) - 1));
        FixedBlocks.For(workers, maxDegreeOfParallelism, w => accumulators[w].Write(columns, 0, Rank));
        var customers = 0;
        foreach (var accumulator in accumulators)
        {
            customers += accumulator.Count;
        }

        return columns.ToSummaries(options, n, customers - included);
    }

    /// <summary>Checks the rows of block <paramref name="block"/> and counts them per partition; returns the first
    /// refused row, or -1.</summary>
    private static int Classify<TCustomer>(ReadOnlySpan<CustomerTransaction<TCustomer>> log, SummaryOptions options, int block, byte[] partitionOf, int[] counts)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        var (start, end) = FixedBlocks.Range(block, log.Length);
        var observationEndDay = SummaryTime.DayNumber(options.ObservationEnd);
        var lastDate = default(NodaTime.LocalDate);
        var lastDay = int.MinValue;
        var lastCustomer = default(TCustomer)!;
        var partition = 0;
        for (var r = start; r < end; r++)
        {
            ref readonly var t = ref log[r];
            if (lastDay == int.MinValue || t.Date != lastDate)
            {
                lastDate = t.Date;
                lastDay = SummaryTime.DayNumber(SummaryTime.ToIso(t.Date));
            }

            var startsRun = r == start || !EqualityComparer<TCustomer>.Default.Equals(t.Customer, lastCustomer);
            try
            {
                SummaryAccumulator<TCustomer>.Check(t, lastDay, observationEndDay, options.ObservationEnd, checkKey: startsRun);
            }
            catch (ArgumentException)
            {
                // Thrown again on the calling thread, for the first refused row of the whole log.
                return r;
            }

            if (startsRun)
            {
                lastCustomer = t.Customer;
                var h = (uint)EqualityComparer<TCustomer>.Default.GetHashCode(t.Customer);
                partition = (int)(((h ^ (h >> 16)) * 0x85EBCA6Bu) >> 28);
            }

            partitionOf[r] = (byte)partition;
            counts[(block * PartitionCount) + partition]++;
        }

        return -1;
    }

    private static void ThrowFirstBad<TCustomer>(ReadOnlySpan<CustomerTransaction<TCustomer>> log, SummaryOptions options, int[] firstBad)
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        foreach (var row in firstBad)
        {
            if (row >= 0)
            {
                // Check it again here, key included, so that the caller gets the single-threaded path's exception.
                ref readonly var t = ref log[row];
                var day = SummaryTime.DayNumber(SummaryTime.ToIso(t.Date));
                SummaryAccumulator<TCustomer>.Check(t, day, SummaryTime.DayNumber(options.ObservationEnd), options.ObservationEnd, checkKey: true);
            }
        }
    }
}
