using BenchmarkDotNet.Attributes;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Domain.Benchmarks.CustomerValue.Summaries;

/// <summary>
/// Summarising a generated 10,000,000-row log (seeded, built in <c>[GlobalSetup]</c>, outside the timed region):
/// customers drawn from 1,000,000 with a skew (955,419 of them first buy in the calibration year),
/// two years in date order, about 10% rows repeating the previous row's customer; calibration one year, holdout one
/// year, weeks. Also the same log in 4 partitions merged, and the builder with its shard grouping switched off (one
/// table, rows applied in log order: the algorithm before grouping).
/// </summary>
[MemoryDiagnoser]
public class SummaryGeneratedLogBenchmarks
{
    private const int Rows = 10_000_000;
    private const int Customers = 1_000_000;
    private static readonly LocalDate Start = new(2023, 1, 1);
    private readonly SummaryOptions _options = SummaryOptions.Create(new LocalDate(2023, 12, 31), new LocalDate(2024, 12, 31), SummaryPeriod.Week);
    private CustomerTransaction<long>[] _log = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240101);
        var log = new CustomerTransaction<long>[Rows];
        var perDay = Rows / 731;
        var day = 0;
        for (var i = 0; i < Rows; i++)
        {
            if (i > 0 && i % perDay == 0 && day < 730)
            {
                day++;
            }

            // Skewed customers (a few buy a lot), some repeat on the same day.
            var customer = (long)(Math.Pow(random.NextDouble(), 2) * Customers);
            if (i > 0 && random.Next(10) == 0)
            {
                customer = log[i - 1].Customer;
            }

            log[i] = CustomerTransaction<long>.Create(customer, Start.PlusDays(day), Math.Round(5 + (random.NextDouble() * 95), 2));
        }

        _log = log;
    }

    [Benchmark(Baseline = true)]
    public int LinqGroupBy() => SummaryBaselines.LinqGroupBy(_log, _options.CalibrationEnd, 7d).Count;

    [Benchmark]
    public int Summarize() => CustomerSummarizer.Summarize<long>(_log, _options).Count;

    [Benchmark]
    public int Summarize_OneTableInLogOrder()
    {
        var builder = new CustomerSummaryBuilder<long>(_options) { ShardingThreshold = int.MaxValue, GroupingThreshold = int.MaxValue };
        builder.AddRange(_log.AsSpan());
        return builder.Build().Count;
    }

    [Benchmark]
    public int FourPartitionsMerged()
    {
        var quarter = Rows / 4;
        var merged = new CustomerSummaryBuilder<long>(_options);
        for (var p = 0; p < 4; p++)
        {
            var part = new CustomerSummaryBuilder<long>(_options);
            part.AddRange(_log.AsSpan(p * quarter, quarter));
            merged.Merge(part);
        }

        return merged.Build().Count;
    }
}
