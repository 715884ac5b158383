using BenchmarkDotNet.Attributes;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Domain.Benchmarks.CustomerValue.Summaries;

/// <summary>
/// Issue 18 item 5: summarising a generated 5,000,000-row log over 1,687,324 customers (2.96 rows per customer, the
/// shape of the lifetimes log issue 18 measured: 1,691,473 customers; until 2026-12-04 the generator made 2,030,841
/// customers, 2.46 rows each, so rows before that date are of a harder input), CDNOW-like: half the customers buying
/// once, first purchases in the first 12 weeks of 1997, repeats up to 1998-06-30; calibration to 1997-09-30, holdout to
/// 1998-06-30, in weeks; seeded, in date order, built in <c>[GlobalSetup]</c>. Rows: the previous path (the builder,
/// which the one-shot summariser used before), the dense accumulator on one core, the partitioned path on the calling
/// thread only (its price), and on two cores (each thread reads the whole log and applies its own partitions' rows).
/// The input is 5,000,000 × 24 bytes (<c>CustomerTransaction&lt;long&gt;</c>) = 120,000,000 bytes.
/// </summary>
[MemoryDiagnoser]
public class SummaryFiveMillionRowBenchmarks
{
    private const int Rows = 5_000_000;
    private readonly SummaryOptions _options = SummaryOptions.Create(new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30), SummaryPeriod.Week);
    private CustomerTransaction<long>[] _log = [];

    /// <summary>The seeded log (also used by tests of the generator's shape).</summary>
    public static CustomerTransaction<long>[] Generate(int rows, int seed)
    {
        var random = new Random(seed);
        var start = new LocalDate(1997, 1, 1);
        const int Days = 546;
        var days = new int[rows];
        var customers = new long[rows];
        var n = 0;
        for (var c = 0L; n < rows; c++)
        {
            // Half buy once; the rest 2 + a geometric count with mean 2.92: 2.96 rows per customer on average, the
            // 5,000,000 / 1,691,473 of the lifetimes log issue 18 measured.
            var count = 1;
            if (random.Next(2) == 1)
            {
                count = 2;
                while (random.NextDouble() < 2.92 / 3.92)
                {
                    count++;
                }
            }

            var first = random.Next(84);
            for (var k = 0; k < count && n < rows; k++, n++)
            {
                customers[n] = 1_000_000 + (c * 7);
                days[n] = k == 0 ? first : first + random.Next(Days - first);
            }
        }

        // Date order, customers mixed within a day (a counting sort by day of a shuffled row order).
        var order = Enumerable.Range(0, rows).ToArray();
        random.Shuffle(order);
        var starts = new int[Days + 1];
        foreach (var d in days)
        {
            starts[d + 1]++;
        }

        for (var d = 0; d < Days; d++)
        {
            starts[d + 1] += starts[d];
        }

        var log = new CustomerTransaction<long>[rows];
        foreach (var i in order)
        {
            log[starts[days[i]]++] = CustomerTransaction<long>.Create(customers[i], start.PlusDays(days[i]), Math.Round(5 + (random.NextDouble() * 95), 2));
        }

        return log;
    }

    [GlobalSetup]
    public void Setup() => _log = Generate(Rows, 18_05);

    [Benchmark(Baseline = true)]
    public int PreviousPath_Builder() => SummaryBaselines.PreviousPath(_log, _options);

    [Benchmark]
    public int Summarize_OneCore() => CustomerSummarizer.Summarize<long>(_log, _options).Count;

    /// <summary>What <see cref="Summarize_OneCore"/> does, with the accumulator's plain loop (no prefetching, as on a
    /// processor without SSE): the price of waiting for each lookup's cache misses in turn.</summary>
    [Benchmark]
    public int Summarize_OneCore_NoPrefetch()
    {
        var accumulator = new SummaryAccumulator<long>(_options, trackFirstRows: false, _log.Length) { Pipelined = false };
        accumulator.Apply(_log, new RangeRows(0, _log.Length), check: true);
        var included = accumulator.CountIncluded();
        accumulator.Write(new SummaryColumns<long>(included), 0, null);
        return included;
    }

    /// <summary>The partitioned path on the calling thread only (one worker holding all 16 partitions): its cost
    /// against <see cref="Summarize_OneCore"/> is the price of the first pass (checks, a partition byte per row) and
    /// of the ranks, which two cores must win back.</summary>
    [Benchmark]
    public int Partitioned_OneCore() => SummaryPartitions.Summarize<long>(_log, _options, 1).Count;

    [Benchmark]
    public int Summarize_TwoCores() => CustomerSummarizer.Summarize<long>(_log, _options, 2).Count;
}
