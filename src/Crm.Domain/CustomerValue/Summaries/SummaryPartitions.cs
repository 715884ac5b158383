using System.Numerics;
using System.Runtime.InteropServices;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// The parallel one-shot summary: rows are partitioned by a hash of the customer key into
/// <see cref="PartitionCount"/> partitions (a count that never depends on the degree of parallelism), each partition
/// is summarised on its own (every customer's rows are in one partition, in log order), and each row is written at
/// the rank of its customer's first row in the log: the same rows in the same order, bit for bit, as the
/// single-threaded <see cref="SummaryAccumulator{TCustomer}"/>. Every step runs through <see cref="FixedBlocks"/>.
/// </summary>
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

        // Partition-major offsets: partition p holds its rows block by block, so each partition keeps log order.
        var partitionStarts = new int[PartitionCount + 1];
        var running = 0;
        for (var p = 0; p < PartitionCount; p++)
        {
            partitionStarts[p] = running;
            for (var b = 0; b < blocks; b++)
            {
                var c = counts[(b * PartitionCount) + p];
                counts[(b * PartitionCount) + p] = running;
                running += c;
            }
        }

        partitionStarts[PartitionCount] = running;
        var order = new int[n];
        FixedBlocks.For(blocks, maxDegreeOfParallelism, b => Scatter(b, n, partitionOf, counts, order));

        var accumulators = new SummaryAccumulator<TCustomer>[PartitionCount];
        FixedBlocks.For(PartitionCount, maxDegreeOfParallelism, p =>
        {
            var accumulator = new SummaryAccumulator<TCustomer>(options, trackFirstRows: true);
            accumulator.Apply(log.Span, order, partitionStarts[p], partitionStarts[p + 1]);
            accumulators[p] = accumulator;
        });

        // Rank of a first row among all included customers' first rows: a bit per row, popcounts per word.
        var bits = new long[(n + 63) >> 6];
        FixedBlocks.For(PartitionCount, maxDegreeOfParallelism, p => accumulators[p].MarkFirstRows(bits));
        var wordStarts = new int[bits.Length];
        var included = 0;
        for (var w = 0; w < bits.Length; w++)
        {
            wordStarts[w] = included;
            included += BitOperations.PopCount((ulong)bits[w]);
        }

        var rows = new CustomerSummaryRow<TCustomer>[included];
        var summaries = new CustomerSummary[included];
        int Rank(int row) => wordStarts[row >> 6] + BitOperations.PopCount((ulong)bits[row >> 6] & ((1UL << (row & 63)) - 1));
        FixedBlocks.For(PartitionCount, maxDegreeOfParallelism, p => accumulators[p].Write(rows, summaries, 0, Rank));
        var customers = 0;
        foreach (var accumulator in accumulators)
        {
            customers += accumulator.Count;
        }

        return new CustomerSummaries<TCustomer>(
            options,
            ImmutableCollectionsMarshal.AsImmutableArray(rows),
            ImmutableCollectionsMarshal.AsImmutableArray(summaries),
            n,
            customers - included);
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

    private static void Scatter(int block, int length, byte[] partitionOf, int[] offsets, int[] order)
    {
        var (start, end) = FixedBlocks.Range(block, length);
        var cursors = offsets.AsSpan(block * PartitionCount, PartitionCount);
        for (var r = start; r < end; r++)
        {
            order[cursors[partitionOf[r]]++] = r;
        }
    }
}
