using BenchmarkDotNet.Attributes;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Primitives;

namespace Crm.Domain.Benchmarks.CustomerValue.Summaries;

/// <summary>Summarising the full CDNOW cohort (69,659 transactions, 23,570 customers; weeks, holdout to 1998-06-30).</summary>
[MemoryDiagnoser]
public class SummaryCdnowBenchmarks
{
    private readonly SummaryOptions _options = SummaryOptions.Create(CdnowLog.CalibrationEnd, CdnowLog.HoldoutEnd, SummaryPeriod.Week);
    private CustomerTransaction<int>[] _log = [];
    private CustomerTransaction<CustomerId>[] _logWithIds = [];

    [GlobalSetup]
    public void Setup()
    {
        _log = CdnowLog.ReadMaster();
        if (_log.Length != 69_659)
        {
            throw new InvalidOperationException($"expected 69,659 rows, read {_log.Length}");
        }

        _logWithIds = _log.Select(t => CustomerTransaction<CustomerId>.Create(CustomerId.Of(t.Customer.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)), t.Date, t.Amount)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int LinqGroupBy() =>
        SummaryBaselines.LinqGroupBy(_log, CdnowLog.CalibrationEnd, 7d).Count;

    [Benchmark]
    public int Summarize_IntKeys() => CustomerSummarizer.Summarize<int>(_log, _options).Count;

    [Benchmark]
    public int Summarize_CustomerIdKeys() => CustomerSummarizer.Summarize<CustomerId>(_logWithIds, _options).Count;
}
