using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics;

/// <summary>"Acquiring costs two to four times retaining" (CRM-CONCEPTS.md §5e, issue 16 item 5): the retention-cost
/// accumulator, its merge laws, and the acquisition-to-retention cost ratio KPI.</summary>
[AccumulatorLawsFor(typeof(RetentionCostAccumulator))]
public class RetentionCostAccumulatorTests
{
    private static RetentionSpend Eur(decimal amount, long customers) => RetentionSpend.Of(Money.Of(amount, "EUR"), customers);

    [Fact]
    public void Result_QuotientOfSums_HandComputed()
    {
        // Loyalty scheme: 2 400 EUR keeping 30 customers; service recovery: 600 EUR keeping 10: 3 000 / 40 = 75 EUR.
        var r = RetentionCostAccumulator.Empty.AddRange([Eur(2_400m, 30), Eur(600m, 10)]).Result;
        Assert.Equal(Money.Of(3_000m, "EUR"), r.TotalSpend);
        Assert.Equal(40, r.CustomersRetained);
        Assert.Equal(Money.Of(75m, "EUR"), r.CostPerCustomer);
        Assert.Equal("Retention cost 75 EUR (3000 EUR / 40 customers)", r.ToString());
        Assert.Equal("3000 EUR to retain 40 customers", Eur(3_000m, 40).ToString());
    }

    [Fact]
    public void Result_NoCustomers_IsNoData()
    {
        var r = RetentionCostAccumulator.Empty.Add(Eur(500m, 0)).Result;
        Assert.False(r.HasValue);
        Assert.Null(r.CostPerCustomer);
        Assert.Equal("Retention cost (no data: 0 customers retained)", r.ToString());
        Assert.Null(RetentionCostAccumulator.Empty.Result.TotalSpend);
    }

    [Fact]
    public void BadInput_Throws_NamingTheParameter()
    {
        Assert.Equal("spend", Assert.Throws<ArgumentOutOfRangeException>(() => RetentionSpend.Of(Money.Of(-1m, "EUR"), 3)).ParamName);
        Assert.Equal("customersRetained", Assert.Throws<ArgumentOutOfRangeException>(() => RetentionSpend.Of(Money.Of(1m, "EUR"), -3)).ParamName);
        Assert.Throws<ArgumentException>(() => RetentionSpend.Of(default, 3));
        Assert.Throws<ArgumentException>(() => RetentionCostAccumulator.Empty.Add(default));
        Assert.Contains("observations[1]", Assert.Throws<ArgumentException>(() => RetentionCostAccumulator.Empty.AddRange(new[] { Eur(1m, 1), default })).Message, StringComparison.Ordinal);
        var usd = RetentionSpend.Of(Money.Of(1m, "USD"), 1);
        var mixed = Assert.Throws<ArgumentException>(() => RetentionCostAccumulator.Empty.AddRange([Eur(1m, 1), usd]));
        Assert.Contains("observations[1] is in USD", mixed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RetentionCostAccumulator.Empty.Add(Eur(1m, 1)) + RetentionCostAccumulator.Empty.Add(usd));
        Assert.Equal("state.CustomersRetained", Assert.Throws<ArgumentOutOfRangeException>(() => RetentionCostAccumulator.FromState(new(Money.Of(5m, "EUR"), -1, 1))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => RetentionCostAccumulator.FromState(new(null, 3, 0)));
        Assert.ThrowsAny<ArgumentException>(() => RetentionCostAccumulator.FromState(new(Money.Of(5m, "EUR"), 1, 0)));
    }

    [Fact]
    public void Json_IsTheStateRecord()
    {
        var acc = RetentionCostAccumulator.Empty.AddRange([Eur(2_400m, 30), Eur(600m, 10)]);
        var json = CrmJson.Serialize(acc);
        Assert.Equal("{\"totalSpend\":{\"amount\":3000,\"currency\":\"EUR\"},\"customersRetained\":40,\"count\":2}", json);
        Assert.Equal(acc, CrmJson.Deserialize<RetentionCostAccumulator>(json));
        Assert.Equal("{\"spend\":{\"amount\":600,\"currency\":\"EUR\"},\"customersRetained\":10}", CrmJson.Serialize(Eur(600m, 10)));
        Assert.Throws<System.Text.Json.JsonException>(() => CrmJson.Deserialize<RetentionSpend>("{\"spend\":{\"amount\":1,\"currency\":\"EUR\"},\"customersRetained\":-1}"));
    }

    [Fact]
    public void Ratio_AcquisitionFourTimesRetention_IsInTheSourcesRange()
    {
        // CAC 12 000 / 40 = 300 EUR; retention 3 000 / 40 = 75 EUR: 300 / 75 = 4, the top of the source's 2-4.
        var acquisition = AcquisitionCostAccumulator.Empty.AddRange([AcquisitionSpend.Of(Money.Of(10_000m, "EUR"), 40), AcquisitionSpend.Of(Money.Of(2_000m, "EUR"), 0)]);
        var retention = RetentionCostAccumulator.Empty.AddRange([Eur(2_400m, 30), Eur(600m, 10)]);
        var ratio = AcquisitionRetentionCostRatio.Of(acquisition, retention);
        Assert.Equal(4d, ratio.Value);
        Assert.True(ratio.HasValue);
        Assert.Null(ratio.NoDataReason);
        Assert.True(ratio.IsWithinTypicalRange);
        Assert.Equal("Acquisition/retention cost 4 (300 EUR / 75 EUR)", ratio.ToString());

        // 300 / 50 = 6: outside; 300 / 200 = 1.5: outside.
        Assert.False(AcquisitionRetentionCostRatio.Of(acquisition, RetentionCostAccumulator.Empty.Add(Eur(2_000m, 40))).IsWithinTypicalRange);
        Assert.Equal(1.5, AcquisitionRetentionCostRatio.Of(acquisition, RetentionCostAccumulator.Empty.Add(Eur(200m, 1))).Value);
    }

    [Fact]
    public void Ratio_WithoutADenominator_SaysSo()
    {
        var acquisition = AcquisitionCostAccumulator.Empty.Add(AcquisitionSpend.Of(Money.Of(900m, "EUR"), 3));
        var noneRetained = AcquisitionRetentionCostRatio.Of(acquisition, RetentionCostAccumulator.Empty.Add(Eur(100m, 0)));
        Assert.False(noneRetained.HasValue);
        Assert.Null(noneRetained.Value);
        Assert.Equal("no customer retained", noneRetained.NoDataReason);
        Assert.Equal("Acquisition/retention cost (no data: no customer retained)", noneRetained.ToString());

        var free = AcquisitionRetentionCostRatio.Of(acquisition, RetentionCostAccumulator.Empty.Add(Eur(0m, 12)));
        Assert.Null(free.Value);
        Assert.Equal("retention cost nothing (a zero denominator)", free.NoDataReason);

        Assert.Equal("no customer acquired", AcquisitionRetentionCostRatio.Of(AcquisitionCostAccumulator.Empty, RetentionCostAccumulator.Empty.Add(Eur(1m, 1))).NoDataReason);
        Assert.False(default(AcquisitionRetentionCostRatio).HasValue);
        Assert.False(default(AcquisitionRetentionCostRatio).IsWithinTypicalRange);

        Assert.Throws<ArgumentException>(() => AcquisitionRetentionCostRatio.Of(acquisition, RetentionCostAccumulator.Empty.Add(RetentionSpend.Of(Money.Of(1m, "USD"), 1))));
    }

    [Fact]
    public void Ratio_GoesThroughTheScorecard()
    {
        var card = Scorecard.Create("Retention economics", [KpiDefinition.Create("Acquisition/retention cost", KpiUnit.Number, KpiTarget.AtMost(4, 6))]);
        var acquisition = AcquisitionCostAccumulator.Empty.Add(AcquisitionSpend.Of(Money.Of(12_000m, "EUR"), 40));
        var five = AcquisitionRetentionCostRatio.Of(acquisition, RetentionCostAccumulator.Empty.Add(Eur(2_400m, 40))); // 300 / 60 = 5
        var report = card.Evaluate([new KeyValuePair<string, KpiValue>("Acquisition/retention cost", five.ToKpiValue())]);
        Assert.Equal(5d, report.Outcomes[0].Value.Value);
        Assert.Equal(KpiStatus.AtRisk, report.Outcomes[0].Status);

        var none = AcquisitionRetentionCostRatio.Of(acquisition, RetentionCostAccumulator.Empty).ToKpiValue();
        Assert.False(none.HasValue);
        Assert.Equal("no customer retained", none.Detail);
    }

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 60)]
    public void Laws(SpendCase sample)
    {
        static RetentionSpend[] Retained(AcquisitionSpend[] xs) => xs.Select(x => RetentionSpend.Of(x.Spend, x.CustomersAcquired)).ToArray();
        AccumulatorLaws.Hold<RetentionCostAccumulator, RetentionSpend, RetentionCostResult, RetentionCostAccumulatorState>(
            RetentionCostAccumulator.Empty, Retained(sample.A), Retained(sample.B), Retained(sample.C), (acc, xs) => acc.AddRange(xs),
            r => r.HasValue
                ? r.CostPerCustomer!.Value.Currency == sample.Currency && !r.CostPerCustomer.Value.IsNegative
                : r.CostPerCustomer is null);
    }
}
