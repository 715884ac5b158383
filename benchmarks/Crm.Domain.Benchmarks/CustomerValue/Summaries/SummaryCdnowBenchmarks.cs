using BenchmarkDotNet.Attributes;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Primitives;

namespace Crm.Domain.Benchmarks.CustomerValue.Summaries;

/// <summary>Summarising the full CDNOW cohort (69,659 transactions, 23,570 customers; weeks, holdout to 1998-06-30).
/// cdnow_master.txt is sorted by customer, which lets the builder reuse one lookup per customer; the <c>Shuffled</c>
/// row takes the same log in a seeded random order, where every row needs its own lookup.</summary>
[MemoryDiagnoser]
public class SummaryCdnowBenchmarks
{
    private readonly SummaryOptions _options = SummaryOptions.Create(CdnowLog.CalibrationEnd, CdnowLog.HoldoutEnd, SummaryPeriod.Week);
    private CustomerTransaction<int>[] _log = [];
    private CustomerTransaction<CustomerId>[] _logWithIds = [];
    private CustomerTransaction<int>[] _shuffled = [];

    [GlobalSetup]
    public void Setup()
    {
        _log = CdnowLog.ReadMaster();
        if (_log.Length != 69_659)
        {
            throw new InvalidOperationException($"expected 69,659 rows, read {_log.Length}");
        }

        _shuffled = (CustomerTransaction<int>[])_log.Clone();
        new Random(1997).Shuffle(_shuffled);
        _logWithIds = _log.Select(t => CustomerTransaction<CustomerId>.Create(CustomerId.Of(t.Customer.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)), t.Date, t.Amount)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int LinqGroupBy() =>
        SummaryBaselines.LinqGroupBy(_log, CdnowLog.CalibrationEnd, 7d).Count;

    [Benchmark]
    public int Summarize_IntKeys() => CustomerSummarizer.Summarize<int>(_log, _options).Count;

    /// <summary>The previous one-shot path (the builder), kept as the reference for the dense accumulator.</summary>
    [Benchmark]
    public int PreviousPath_Builder_IntKeys() => SummaryBaselines.PreviousPath(_log, _options);

    [Benchmark]
    public int Summarize_IntKeys_Shuffled() => CustomerSummarizer.Summarize<int>(_shuffled, _options).Count;

    [Benchmark]
    public int Summarize_CustomerIdKeys() => CustomerSummarizer.Summarize<CustomerId>(_logWithIds, _options).Count;
}
