using Crm.Domain.Metrics;
using Crm.Domain.Primitives;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics;

[AccumulatorLawsFor(typeof(AcquisitionCostAccumulator))]
public class AcquisitionCostAccumulatorTests
{
    private static AcquisitionSpend Eur(decimal amount, long customers) => AcquisitionSpend.Of(Money.Of(amount, "EUR"), customers);

    [Fact]
    public void Result_QuotientOfSums_HandComputed()
    {
        // Campaign A: 10 000 EUR for 40 customers; B: 2 000 EUR for 0 customers: CAC = 12 000 / 40 = 300 EUR.
        var r = AcquisitionCostAccumulator.Empty.AddRange([Eur(10_000m, 40), Eur(2_000m, 0)]).Result;
        Assert.Equal(Money.Of(12_000m, "EUR"), r.TotalSpend);
        Assert.Equal(40, r.CustomersAcquired);
        Assert.Equal(Money.Of(300m, "EUR"), r.CostPerCustomer);
        Assert.Equal("CAC 300 EUR (12000 EUR / 40 customers)", r.ToString());
    }

    [Fact]
    public void Result_NoCustomers_IsNoData()
    {
        var r = AcquisitionCostAccumulator.Empty.Add(Eur(500m, 0)).Result;
        Assert.False(r.HasValue);
        Assert.Null(r.CostPerCustomer);
        Assert.False(AcquisitionCostAccumulator.Empty.Result.HasValue);
        Assert.Null(AcquisitionCostAccumulator.Empty.Result.TotalSpend);
    }

    [Fact]
    public void MixedCurrencies_Throw()
    {
        var eur = AcquisitionCostAccumulator.Empty.Add(Eur(100m, 1));
        var usd = AcquisitionSpend.Of(Money.Of(100m, "USD"), 1);
        Assert.Contains("USD", Assert.Throws<ArgumentException>(() => eur.Add(usd)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => eur + AcquisitionCostAccumulator.Empty.Add(usd));
        var ex = Assert.Throws<ArgumentException>(() => AcquisitionCostAccumulator.Empty.AddRange([Eur(1m, 1), usd]));
        Assert.Contains("observations[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spend_BadInput_Throws()
    {
        Assert.Equal("spend", Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionSpend.Of(Money.Of(-1m, "EUR"), 3)).ParamName);
        Assert.Equal("customersAcquired", Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionSpend.Of(Money.Of(1m, "EUR"), -3)).ParamName);
        Assert.Throws<ArgumentException>(() => AcquisitionSpend.Of(default, 3));
        Assert.Throws<ArgumentException>(() => AcquisitionCostAccumulator.Empty.Add(default));
        Assert.Contains("observations[0]", Assert.Throws<ArgumentException>(() => AcquisitionCostAccumulator.Empty.AddRange(new AcquisitionSpend[2])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionCostAccumulator.FromState(new(null, 3, 0)));
    }

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 60)]
    public void Laws(SpendCase sample) =>
        AccumulatorLaws.Hold<AcquisitionCostAccumulator, AcquisitionSpend, AcquisitionCostResult, AcquisitionCostAccumulatorState>(
            AcquisitionCostAccumulator.Empty, sample.A, sample.B, sample.C, (acc, xs) => acc.AddRange(xs),
            r => r.HasValue
                ? r.CostPerCustomer!.Value.Currency == sample.Currency && !r.CostPerCustomer.Value.IsNegative
                : r.CostPerCustomer is null);
}
