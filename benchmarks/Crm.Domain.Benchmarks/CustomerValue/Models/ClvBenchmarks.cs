using BenchmarkDotNet.Attributes;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>
/// 24-month CLV of 100,000 CDNOW-like customers (BG/NBD, weekly model, monthly steps, 15 % a year): the span batch
/// (chunks of 64 through the vectorised <c>Score</c>) against one single-customer call per customer. Times per customer.
/// </summary>
[MemoryDiagnoser]
public class ClvBenchmarks
{
    private const int Count = 100_000;
    private readonly BgNbdModel bg = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    private readonly ClvSettings settings = ClvSettings.Create(0.3, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, 24);
    private CustomerSummary[] customers = [];
    private double[] spend = [];
    private double[] clv = [];

    [GlobalSetup]
    public void Setup()
    {
        customers = CdnowSummaries.Generate(Count);
        spend = customers.Select(c => 20d + c.MonetaryValue).ToArray();
        clv = new double[Count];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public double PerCustomer()
    {
        for (int i = 0; i < customers.Length; i++)
        {
            clv[i] = CustomerLifetimeValue.Of(bg, customers[i], spend[i], settings);
        }

        return clv[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double SpanBatch()
    {
        CustomerLifetimeValue.Of(bg, customers, spend, settings, clv);
        return clv[^1];
    }
}
