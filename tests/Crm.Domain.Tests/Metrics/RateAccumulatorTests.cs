using Crm.Domain.Metrics;
using Crm.Domain.Primitives;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics;

[AccumulatorLawsFor(typeof(FirstContactResolutionAccumulator))]
[AccumulatorLawsFor(typeof(RenewalRateAccumulator))]
[AccumulatorLawsFor(typeof(ServicesPerCustomerAccumulator))]
public class RateAccumulatorTests
{
    [Fact]
    public void FirstContactResolution_HandComputed()
    {
        // 3 of 4 cases resolved on first contact = 75 %.
        var acc = FirstContactResolutionAccumulator.Empty.AddRange([true, false, true, true]);
        Assert.Equal(Ratio.Rate(3, 4), acc.Result);
        Assert.Equal(0.75d, acc.Result.Value);
        Assert.Equal("FCR 3/4 (75 %)", acc.ToString());
        Assert.False(FirstContactResolutionAccumulator.Empty.Result.HasValue);
    }

    [Fact]
    public void RenewalRate_HandComputed()
    {
        // 9 of 12 services due were renewed = 75 %.
        var acc = RenewalRateAccumulator.Empty.AddRange(Enumerable.Repeat(true, 9).Concat(Enumerable.Repeat(false, 3)));
        Assert.Equal(9, acc.Renewed);
        Assert.Equal(12, acc.Count);
        Assert.Equal(0.75d, acc.Result.Value);
        Assert.Null(RenewalRateAccumulator.Empty.Result.Value);
    }

    [Fact]
    public void FromState_Invalid_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RenewalRateAccumulator.FromState(new(5, 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FirstContactResolutionAccumulator.FromState(new(-1, 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.FromState(new(3, -1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.FromState(new(3, 0)));
    }

    [Fact]
    public void ServicesPerCustomer_HandComputed()
    {
        // Customers hold 1, 3, 0, 4 services: 8 / 4 = 2 services per customer.
        var acc = ServicesPerCustomerAccumulator.Empty.AddRange([1, 3, 0, 4]);
        Assert.Equal(Ratio.Of(8, 4), acc.Result);
        Assert.Equal(2d, acc.Result.Value);
        Assert.Equal("2 services per customer (8/4)", acc.ToString());
        Assert.False(ServicesPerCustomerAccumulator.Empty.Result.HasValue);
    }

    [Fact]
    public void ServicesPerCustomer_LargeCounts_DoNotWrap()
    {
        var many = Enumerable.Repeat(int.MaxValue, 100).ToArray();
        Assert.Equal(100L * int.MaxValue, ServicesPerCustomerAccumulator.Empty.AddRange(many).Services);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(50, 40)]
    [InlineData(5000, 4097)]
    public void ServicesPerCustomer_Negative_ThrowsNamingIndexAndValue(int length, int index)
    {
        var services = Enumerable.Repeat(2, length).ToArray();
        services[index] = -3;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.Empty.AddRange(services));
        Assert.Contains($"observations[{index}]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-3", ex.Message, StringComparison.Ordinal);
        Assert.Equal("services", Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.Empty.Add(-1)).ParamName);
    }

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 60)]
    public void FirstContactResolution_Laws(bool[] a, bool[] b, bool[] c) =>
        AccumulatorLaws.Hold<FirstContactResolutionAccumulator, bool, Ratio, FirstContactResolutionAccumulatorState>(
            FirstContactResolutionAccumulator.Empty, a, b, c, (acc, xs) => acc.AddRange(xs), AccumulatorLaws.IsRate);

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 60)]
    public void RenewalRate_Laws(bool[] a, bool[] b, bool[] c) =>
        AccumulatorLaws.Hold<RenewalRateAccumulator, bool, Ratio, RenewalRateAccumulatorState>(
            RenewalRateAccumulator.Empty, a, b, c, (acc, xs) => acc.AddRange(xs), AccumulatorLaws.IsRate);

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 60)]
    public void ServicesPerCustomer_Laws(int[] a, int[] b, int[] c) =>
        AccumulatorLaws.Hold<ServicesPerCustomerAccumulator, int, Ratio, ServicesPerCustomerAccumulatorState>(
            ServicesPerCustomerAccumulator.Empty, a, b, c, (acc, xs) => acc.AddRange(xs),
            r => r.HasValue ? r.Value >= 0d : r.Value is null);
}
