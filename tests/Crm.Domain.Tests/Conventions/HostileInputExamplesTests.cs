using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Issue 13, "Why": each example the issue found by hostile probing, with the answer the library now documents
/// (refused with the parameter named, or answered correctly). The JSON examples are in
/// <c>Serialization/HalfValidJsonTests</c>.
/// </summary>
public class HostileInputExamplesTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Instant T = Instant.FromUtc(2026, 3, 2, 9, 30);
    private static readonly CustomerSummary Customer = CustomerSummary.Create(3, 20.5, 38, 42.25);

    private static BusinessCalendar Calendar() =>
        BusinessCalendar.Create(London, WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)));

    [Fact]
    public void AddBusinessTime_PastTheCoverage_IsRefused_NotAnInstantBeforeTheStart()
    {
        // Before: long.MaxValue nanoseconds wrapped around and gave an instant centuries before t.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar().AddBusinessTime(T, Duration.FromNanoseconds(long.MaxValue)));
        Assert.Equal("businessTime", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar().AddBusinessTime(T, Duration.MaxValue));

        // Eight business hours from Monday 09:30 is Tuesday 09:30 (9:00–17:00 working days).
        Assert.Equal(T + Duration.FromDays(1), Calendar().AddBusinessTime(T, Duration.FromHours(8)));
    }

    [Theory]
    [InlineData(-9998)]
    [InlineData(1600)]
    [InlineData(2300)]
    [InlineData(9999)]
    public void InstantsOutsideTheNanosecondRange_AreACoverageError_NotAnOverflow(int year)
    {
        var far = year < 0 ? Instant.MinValue : year > 9000 ? Instant.MaxValue : Instant.FromUtc(year, 1, 1, 0, 0);
        var calendar = Calendar();
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingTime(far));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessTime(far, Duration.FromHours(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => far < T ? calendar.BusinessTimeBetween(far, T) : calendar.BusinessTimeBetween(T, far));
    }

    [Fact]
    public void DefaultCountModels_RefuseEveryQuestion()
    {
        // Before: default(BgNbdModel).ProbabilityAlive(c) was 1 and ExpectedTransactions(c, 10) was 8.39.
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).ProbabilityAlive(Customer));
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).ExpectedTransactions(Customer, 10));
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).ExpectedTransactionsNewCustomer(10));
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).ProbabilityOfTransactions(1, 10));
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).LogLikelihood(Customer));
        Assert.Throws<InvalidOperationException>(() => default(MbgNbdModel).ProbabilityAlive(Customer));
        Assert.Throws<InvalidOperationException>(() => default(MbgNbdModel).ExpectedTransactions(Customer, 10));
        Assert.Throws<InvalidOperationException>(() => default(MbgNbdModel).LogLikelihood(Customer));
        Assert.Throws<InvalidOperationException>(() => default(ParetoNbdModel).ProbabilityAlive(Customer));
        Assert.Throws<InvalidOperationException>(() => default(ParetoNbdModel).ExpectedTransactionsNewCustomer(10));
        Assert.Throws<InvalidOperationException>(() => default(ParetoNbdModel).LogLikelihood(Customer));
        Assert.Throws<InvalidOperationException>(() => default(GammaGammaModel).ExpectedAverageSpend(Customer));
        Assert.Throws<InvalidOperationException>(() => default(GammaGammaModel).LogLikelihood(Customer));

        // A created model still answers: FHL 2005's CDNOW parameters give P(alive) in (0, 1].
        var p = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667).ProbabilityAlive(Customer);
        Assert.InRange(p, double.Epsilon, 1d);
    }

    [Fact]
    public void EffectiveRate_PastTheRangeOfDouble_IsRefused_NotInfinity()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DiscountRate.Of(10, RatePeriod.Day).EffectiveRatePer(RatePeriod.Year));
        Assert.Equal("period", ex.ParamName);

        // 10 % a year is (1.1)^(7/365) − 1 a week whichever way the year is counted: about 0.18 %.
        Assert.InRange(DiscountRate.PerYear(0.1).EffectiveRatePer(RatePeriod.Week), 0.0018, 0.0019);
    }

    [Fact]
    public void Wilson_WithAConfidenceWhoseQuantileIsInfinite_IsRefused_NotANaNBound()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RateEstimate.Wilson(1, 10, 0.9999999999999999));
        Assert.Equal("confidence", ex.ParamName);

        // The largest confidences that still have a finite quantile give finite bounds inside [0, 1].
        var wide = RateEstimate.Wilson(1, 10, 0.99999999);
        Assert.True(wide.Lower >= 0d && wide.Upper <= 1d && double.IsFinite(wide.Lower!.Value) && double.IsFinite(wide.Upper!.Value));
    }

    [Fact]
    public void AbcShares_NearDoubleMaxValue_AreTheSharesOfTheSameProportions()
    {
        // 8 : 8 : 4 has cumulative shares 0.4, 0.8, 1.0 whatever the unit; at 1e307 the total used to be +∞ and the
        // shares NaN.
        static ValuedCustomer[] Values(double unit) =>
            [ValuedCustomer.Of(CustomerId.Of("a"), 8 * unit), ValuedCustomer.Of(CustomerId.Of("b"), 8 * unit), ValuedCustomer.Of(CustomerId.Of("c"), 4 * unit)];

        var huge = AbcClassifier.Default.Classify(Values(1e307)).Assignments;
        var small = AbcClassifier.Default.Classify(Values(1)).Assignments;
        Assert.Equal([0.4, 0.8, 1.0], huge.Select(a => Math.Round(a.CumulativeShare!.Value, 12)));
        Assert.Equal(small.Select(a => a.Class), huge.Select(a => a.Class));
    }

    [Fact]
    public void MoneyArithmetic_AtTheDecimalLimits_IsRefused_NotAnOverflow()
    {
        var max = Money.Of(decimal.MaxValue, "EUR");
        Assert.Throws<ArgumentOutOfRangeException>(() => max + Money.Of(1m, "EUR"));
        Assert.Throws<ArgumentOutOfRangeException>(() => -max - Money.Of(1m, "EUR"));
        Assert.Throws<ArgumentOutOfRangeException>(() => max * 2m);
        Assert.Throws<ArgumentOutOfRangeException>(() => max / 0.5m);
        Assert.Equal(Money.Of(decimal.MaxValue - 1m, "EUR"), max - Money.Of(1m, "EUR"));
    }
}
